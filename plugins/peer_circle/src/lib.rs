//! The peer-sharing circle (*cercle de partage entre pairs*, `sessions/DOMAIN.md` §4.4), built
//! into Atelier: a theme and ground rules on the projector, each person speaking in turn with a
//! calm countdown, the right to pass and come back, several rounds and a round of echoes. The
//! record keeps who spoke and for how long, not what was said; a takeaway goes into a journey
//! only if the person agrees.

mod circle;
mod model;
mod views;

pub use circle::{CircleState, PeerCircle};
pub use model::Phase;
