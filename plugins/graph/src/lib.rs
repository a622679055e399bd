//! Atelier's dependency graph, and nothing else: this crate has no code.
//!
//! Cargo compiles a crate with the union of the features every crate in one build asks of it,
//! and a crate's identity (its types' `TypeId`s, which egui's memory and themes are keyed by)
//! depends on those features and on its dependencies' identities. A plugin library shares
//! egui's types with Atelier, so egui and every crate below it must be compiled exactly as in
//! Atelier. The plugin API depends on this crate, so any build that uses the API — Atelier's,
//! a plugin's in this repository, a plugin's in its own repository — asks for Atelier's whole
//! dependency set with its features, and cargo unifies to the same graph.
