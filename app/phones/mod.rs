//! "Téléphones des participants": a small HTTP server for one collective session, on the
//! room's network, so that people can send an idea or rate a grid from their phone — no
//! account, no cloud, nothing stored on the phone, and no author: a submission carries only
//! its answer.
//!
//! One page with a form for each input the activity accepts, at an address with a random
//! 128-bit token for the QR code, and at a
//! short code of four letters and digits that people can type from the projector (any other
//! path, a wrong token or code included, gets the same 404). Guessing the code is bounded:
//! [`WRONG_PER_MINUTE`] wrong codes a minute from one address are answered 429, and after
//! [`WRONG_IN_ALL`] wrong codes the short code closes for the rest of the session (the QR code
//! still works). Bodies over 2 KB, texts over
//! [`atelier_plugin_api::MAX_PHONE_TEXT`] characters, text that is not UTF-8, more than
//! [`PER_MINUTE`] ideas a minute from one address or more than [`MAX_PHONES`] phones are
//! answered with a calm sentence; the HTTP layer ([`http`]) bounds every connection in time and
//! size, so a stalled phone holds up nothing. Request addresses stay in memory for these limits only and
//! are never written anywhere. Strict headers: a Content-Security-Policy that allows no script,
//! no referrer, no caching. Plain HTTP on the local network: see the README for what it does
//! and does not protect.

mod http;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use atelier_plugin_api::{MAX_PHONE_TEXT, PhoneAnswer, PhoneInput, PhoneInputKind};

use crate::i18n::{self, Locale};
use crate::printable::escape;

/// The most ideas one address may send in a minute.
pub const PER_MINUTE: usize = 10;
/// The most phones at once: addresses that sent something in the last [`ACTIVE_WINDOW`]
/// (opening the page does not count).
pub const MAX_PHONES: usize = 60;
/// How long a phone that sent something counts among the [`MAX_PHONES`].
pub const ACTIVE_WINDOW: Duration = Duration::from_secs(10 * 60);
/// Connections open at once, all phones together: one more is closed unread.
pub const MAX_CONNECTIONS: usize = 128;
/// Connections open at once from one address.
pub const CONNECTIONS_PER_PHONE: usize = 8;
pub use http::{MAX_HEAD, REQUEST_DEADLINE};
/// The largest request body read, in bytes.
pub const MAX_BODY: usize = 2048;
/// The port tried first when none is chosen: short to type.
pub const PREFERRED_PORT: u16 = 8080;
/// Wrong short codes a minute from one address before it is answered 429.
pub const WRONG_PER_MINUTE: usize = 20;
/// Wrong short codes from all addresses before the short code closes (the chance of guessing
/// it first is under 1 in 3,000).
pub const WRONG_IN_ALL: usize = 300;
/// The short code's letters: no 0/o, 1/l/i, to read from across a room.
const CODE_LETTERS: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// The short code's length.
const CODE_LENGTH: usize = 4;

/// Why the phones' page could not open.
#[derive(Debug, thiserror::Error)]
pub enum PhoneError {
    /// The address could not be listened on (taken, or not this computer's).
    #[error("cannot listen on {address}: {reason}")]
    Listen {
        /// The address asked for.
        address: SocketAddr,
        /// The system's reason.
        reason: String,
    },
    /// The system gave no randomness for the token.
    #[error("no randomness for the page's token: {0}")]
    Random(String),
}

/// How much the page accepts: ideas a minute from one address, phones at once, wrong short
/// codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhoneLimits {
    /// Ideas a minute from one address.
    pub per_minute: usize,
    /// Addresses that sent something in the last [`ACTIVE_WINDOW`].
    pub max_phones: usize,
    /// Connections open at once, in all.
    pub connections: usize,
    /// Connections open at once from one address.
    pub connections_per_phone: usize,
    /// Wrong short codes a minute from one address.
    pub wrong_per_minute: usize,
    /// Wrong short codes in all before the short code closes.
    pub wrong_in_all: usize,
}

impl Default for PhoneLimits {
    fn default() -> Self {
        Self {
            per_minute: PER_MINUTE,
            max_phones: MAX_PHONES,
            connections: MAX_CONNECTIONS,
            connections_per_phone: CONNECTIONS_PER_PHONE,
            wrong_per_minute: WRONG_PER_MINUTE,
            wrong_in_all: WRONG_IN_ALL,
        }
    }
}

/// One answer sent from a phone: the input it answers and the answer, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// The activity's input id.
    pub input: String,
    /// A text (trimmed, control characters removed) or a grid's levels.
    pub answer: PhoneAnswer,
}

/// A short text asked with `prompt` as its question (the wall's idea, a file's anonymous
/// field).
pub fn text_input(input: &str, prompt: &str) -> PhoneInput {
    PhoneInput {
        id: input.to_owned(),
        prompt: prompt.to_owned(),
        kind: PhoneInputKind::ShortText,
    }
}

/// The running page: dropped, it stops listening at once (connections still open end on
/// their own threads within [`http::REQUEST_DEADLINE`], and what they send is dropped).
pub struct PhoneServer {
    address: SocketAddr,
    token: String,
    code: String,
    code_open: Arc<AtomicBool>,
    rates: bool,
    listener: http::Listener,
    received: mpsc::Receiver<Submission>,
}

impl PhoneServer {
    /// Listens on `bind` (port 0: any free port) and serves the page asking `prompts`, in
    /// their order, in the session's language `locale` (one language a page, whatever the
    /// phone's: the questions are the session's).
    /// `repaint` is asked for a new frame when an idea arrives.
    ///
    /// # Errors
    /// [`PhoneError`] when the address cannot be listened on or no token can be made.
    pub fn start(
        bind: SocketAddr,
        prompts: Vec<PhoneInput>,
        locale: Locale,
        repaint: Option<egui::Context>,
    ) -> Result<Self, PhoneError> {
        Self::start_with_limits(bind, prompts, locale, repaint, PhoneLimits::default())
    }

    /// [`Self::start`] with other limits (the load benchmark's phones all come from one
    /// address).
    ///
    /// # Errors
    /// As [`Self::start`].
    pub fn start_with_limits(
        bind: SocketAddr,
        prompts: Vec<PhoneInput>,
        locale: Locale,
        repaint: Option<egui::Context>,
        limits: PhoneLimits,
    ) -> Result<Self, PhoneError> {
        let mut bytes = [0_u8; 16 + CODE_LENGTH];
        getrandom::fill(&mut bytes).map_err(|e| PhoneError::Random(e.to_string()))?;
        let (secret, short) = bytes.split_at(16);
        let token: String = secret.iter().map(|b| format!("{b:02x}")).collect();
        // 256 is not a multiple of 31: the first letters are a little likelier, which costs
        // under a tenth of a bit of the code's 19.8.
        let code: String = short
            .iter()
            .map(|b| char::from(CODE_LETTERS[usize::from(*b) % CODE_LETTERS.len()]))
            .collect();
        let code_open = Arc::new(AtomicBool::new(true));
        let (send, received) = mpsc::channel();
        let rates = prompts
            .iter()
            .any(|p| matches!(p.kind, PhoneInputKind::Likert { .. }));
        let page = Page::new(
            prompts,
            locale,
            token.clone(),
            code.clone(),
            Arc::clone(&code_open),
        );
        let state = Mutex::new((
            Limits {
                bounds: limits,
                ..Limits::default()
            },
            send,
        ));
        let connections = http::ConnectionLimits {
            total: limits.connections,
            per_address: limits.connections_per_phone,
        };
        let listener = http::Listener::start(bind, MAX_BODY, connections, move |request| {
            // One request at a time past this point: the limits and the page are quick to
            // answer, and the reading (the slow part) is done already.
            let Ok(mut state) = state.lock() else {
                return (503, String::new());
            };
            let (limits, send) = &mut *state;
            let (status, body, taken) = answer(&page, limits, request);
            if let Some(submission) = taken
                && send.send(submission).is_ok()
                && let Some(ctx) = &repaint
            {
                ctx.request_repaint();
            }
            (status, body)
            // The request (and its address) is dropped here: nothing of it is kept.
        })
        .map_err(|e| PhoneError::Listen {
            address: bind,
            reason: e.to_string(),
        })?;
        Ok(Self {
            address: listener.address(),
            token,
            code,
            code_open,
            rates,
            listener,
            received,
        })
    }

    /// The page's full address, token included.
    pub fn url(&self) -> String {
        format!("http://{}/{}/", self.address, self.token)
    }

    /// The address to type from the projector: `host:port/code`, or `None` once too many
    /// wrong codes closed it (the QR code's address still works).
    pub fn short_address(&self) -> Option<String> {
        self.code_open
            .load(Ordering::SeqCst)
            .then(|| format!("{}/{}", self.address, self.code))
    }

    /// Whether the page asks for ratings (a grid), not only texts: the projector then invites
    /// people to answer rather than to send an idea.
    pub fn rates(&self) -> bool {
        self.rates
    }

    /// What phones sent since the last call.
    pub fn take(&self) -> Vec<Submission> {
        self.received.try_iter().collect()
    }
}

impl std::fmt::Debug for PhoneServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token: it is the page's only key.
        f.debug_struct("PhoneServer")
            .field("address", &self.listener.address())
            .finish_non_exhaustive()
    }
}

/// An address as people write it: an IP address (any free port) or `address:port`.
pub fn parse_address(text: &str) -> Option<SocketAddr> {
    let text = text.trim();
    text.parse::<SocketAddr>()
        .ok()
        .or_else(|| text.parse::<IpAddr>().ok().map(|ip| SocketAddr::new(ip, 0)))
}

/// This computer's address on the local network, as the system would reach other machines
/// (no packet is sent: a UDP socket only picks its route); `127.0.0.1` without a network.
pub fn lan_address() -> IpAddr {
    UdpSocket::bind(("0.0.0.0", 0))
        .and_then(|socket| {
            socket.connect(("192.0.2.1", 9))?;
            socket.local_addr()
        })
        .map(|address| address.ip())
        .ok()
        .filter(|ip| !ip.is_unspecified())
        .unwrap_or(IpAddr::from([127, 0, 0, 1]))
}

/// One of this computer's addresses that phones could reach: the network interface's name as
/// the system gives it (`wlan0`, `Wi-Fi`) and its IPv4 address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkAddress {
    /// The interface's name.
    pub interface: String,
    /// Its address.
    pub ip: IpAddr,
}

/// This computer's IPv4 addresses on its networks, loopback left out (a phone cannot reach
/// it), in the system's order; empty when the system cannot list them.
pub fn network_addresses() -> Vec<NetworkAddress> {
    let mut found: Vec<NetworkAddress> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback() && i.ip().is_ipv4())
        .map(|i| NetworkAddress {
            ip: i.ip(),
            interface: i.name,
        })
        .collect();
    found.dedup_by(|a, b| a.ip == b.ip);
    found
}

/// The page's questions and words in the session's language, the token and the short code.
struct Page {
    prompts: Vec<PhoneInput>,
    token: String,
    code: String,
    /// Whether the short code still opens the page (shared with [`PhoneServer`]).
    code_open: Arc<AtomicBool>,
    texts: PageTexts,
}

/// The page's words in one language.
struct PageTexts {
    locale: Locale,
    title: String,
    title_view: String,
    rated: String,
    already_rated: String,
    none_rated: String,
    send: String,
    sent: String,
    another: String,
    empty: String,
    too_long: String,
    not_text: String,
    too_many: String,
    too_many_phones: String,
    too_many_tries: String,
    not_found: String,
    anonymous: String,
}

impl PageTexts {
    fn new(locale: Locale) -> Self {
        let i18n = i18n::load(locale);
        Self {
            locale,
            title: i18n.tr("phones-page-title"),
            title_view: i18n.tr("phones-page-title-view"),
            rated: i18n.tr("phones-page-rated"),
            already_rated: i18n.tr("phones-page-already-rated"),
            none_rated: i18n.tr("phones-page-none-rated"),
            send: i18n.tr("phones-page-send"),
            sent: i18n.tr("phones-page-sent"),
            another: i18n.tr("phones-page-another"),
            empty: i18n.tr("phones-page-empty"),
            too_long: i18n.tr_args("phones-page-too-long", &[("max", MAX_PHONE_TEXT.into())]),
            not_text: i18n.tr("phones-page-not-text"),
            too_many: i18n.tr("phones-page-too-many"),
            too_many_phones: i18n.tr("phones-page-too-many-phones"),
            too_many_tries: i18n.tr("phones-page-too-many-tries"),
            not_found: i18n.tr("phones-page-not-found"),
            anonymous: i18n.tr("phones-page-anonymous"),
        }
    }
}

impl Page {
    fn new(
        prompts: Vec<PhoneInput>,
        locale: Locale,
        token: String,
        code: String,
        code_open: Arc<AtomicBool>,
    ) -> Self {
        Self {
            prompts,
            token,
            code,
            code_open,
            texts: PageTexts::new(locale),
        }
    }

    /// The page: `message` on top, then each input's form (its question, the field or the
    /// grid, the send button).
    fn html(&self, t: &PageTexts, message: Option<&str>) -> String {
        let rating = self
            .prompts
            .iter()
            .any(|p| matches!(p.kind, PhoneInputKind::Likert { .. }));
        let title = if rating { &t.title_view } else { &t.title };
        let message = message.map_or_else(String::new, |m| {
            format!("<p class=\"message\" role=\"status\">{}</p>", escape(m))
        });
        let forms: String = self
            .prompts
            .iter()
            .enumerate()
            .map(|(i, prompt)| self.form(i, prompt, t))
            .collect();
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title}</title><style>{STYLE}</style></head><body><main>\
             <h1>{title}</h1>{message}{forms}\
             <p class=\"note\">{anonymous}</p></main></body></html>\n",
            lang = t.locale.code(),
            title = escape(title),
            anonymous = escape(&t.anonymous),
        )
    }

    /// The form of input number `i`: a text field, or a grid of radio buttons (one group per
    /// statement, every level a large label to touch).
    fn form(&self, i: usize, input: &PhoneInput, t: &PageTexts) -> String {
        let fields = match &input.kind {
            PhoneInputKind::ShortText => format!(
                "<label for=\"q{i}\">{prompt}</label><textarea id=\"q{i}\" name=\"idea\" \
                 rows=\"4\" maxlength=\"{MAX_PHONE_TEXT}\" required></textarea>",
                prompt = escape(&input.prompt),
            ),
            PhoneInputKind::Likert { statements, levels } => {
                let grid: String = statements
                    .iter()
                    .enumerate()
                    .map(|(s, statement)| {
                        let choices: String = levels
                            .iter()
                            .enumerate()
                            .map(|(l, level)| {
                                format!(
                                    "<label class=\"level\"><input type=\"radio\" \
                                     name=\"s{s}\" value=\"{l}\"> {}</label>",
                                    escape(level)
                                )
                            })
                            .collect();
                        format!(
                            "<fieldset class=\"statement\"><legend>{}</legend>{choices}\
                             </fieldset>",
                            escape(statement)
                        )
                    })
                    .collect();
                format!("<p class=\"question\">{}</p>{grid}", escape(&input.prompt))
            }
        };
        format!(
            "<form method=\"post\" action=\"/{token}/\"><input type=\"hidden\" name=\"input\" \
             value=\"{id}\">{fields}<button type=\"submit\">{send}</button></form>",
            token = self.token,
            id = escape(&input.id),
            send = escape(&t.send),
        )
    }
}

/// Large, calm, readable on a 360-pixel-wide screen; no script anywhere.
const STYLE: &str = "body{margin:0;background:#f6f4ef;color:#1d232b;font:20px/1.45 system-ui,\
sans-serif}main{max-width:34rem;margin:0 auto;padding:1.2rem}h1{font-size:1.5rem;font-weight:\
500;margin:.2rem 0 1rem}label{display:block;font-size:1.25rem;margin-bottom:.6rem}textarea{\
box-sizing:border-box;width:100%;font:inherit;padding:.6rem;border:2px solid #868072;\
border-radius:10px;background:#fff;color:inherit}button{margin-top:1rem;width:100%;font:inherit;\
font-weight:600;padding:.8rem;border:0;border-radius:10px;background:#1a568e;color:#fff}\
.message{background:#fff;border-left:6px solid #1a568e;padding:.7rem 1rem;border-radius:6px}\
.note{color:#4d545e;font-size:1rem;margin-top:1.4rem}form+form{margin-top:2rem}.question{\
font-size:1.25rem;margin:0 0 .6rem}fieldset{border:0;margin:0 0 1rem;padding:0}legend{\
font-weight:600;margin-bottom:.4rem;padding:0}.level{display:flex;align-items:center;gap:.7rem;\
font-size:1.1rem;margin:.3rem 0;padding:.55rem .8rem;border:2px solid #868072;border-radius:10px;\
background:#fff}.level input{width:1.4rem;height:1.4rem;margin:0}";

/// Who sent what when, in memory only, for the limits.
#[derive(Default)]
struct Limits {
    /// The limits themselves.
    bounds: PhoneLimits,
    /// When each address last sent ideas, in the last minute.
    recent: HashMap<IpAddr, Vec<Instant>>,
    /// When each address last sent something.
    phones: HashMap<IpAddr, Instant>,
    /// Which address rated which grid: one answer per phone.
    rated: std::collections::HashSet<(IpAddr, String)>,
    /// When each address typed a wrong short code, in the last minute.
    wrong: HashMap<IpAddr, Vec<Instant>>,
    /// Wrong short codes since the page opened.
    wrong_in_all: usize,
}

impl Limits {
    /// Whether `address` may send something now: it is one of the phones that sent in the
    /// last [`ACTIVE_WINDOW`], or there is room for one more.
    fn admit(&mut self, address: IpAddr, now: Instant) -> bool {
        self.phones
            .retain(|_, sent| now.duration_since(*sent) < ACTIVE_WINDOW);
        if !self.phones.contains_key(&address) && self.phones.len() >= self.bounds.max_phones {
            return false;
        }
        self.phones.insert(address, now);
        true
    }

    /// Whether `address` typed too many wrong codes in the last minute.
    fn guessing(&mut self, address: IpAddr, now: Instant) -> bool {
        let minute = Duration::from_secs(60);
        self.wrong.retain(|_, times| {
            times.retain(|t| now.duration_since(*t) < minute);
            !times.is_empty()
        });
        self.wrong
            .get(&address)
            .is_some_and(|times| times.len() >= self.bounds.wrong_per_minute)
    }

    /// Counts a wrong short code from `address`; whether the code must now close.
    fn wrong_code(&mut self, address: IpAddr, now: Instant) -> bool {
        self.wrong.entry(address).or_default().push(now);
        self.wrong_in_all += 1;
        self.wrong_in_all >= self.bounds.wrong_in_all
    }

    /// Whether `address` already rated grid `input`.
    fn rated(&self, address: IpAddr, input: &str) -> bool {
        self.rated.contains(&(address, input.to_owned()))
    }

    /// Whether `address` may send one more idea now.
    fn allow_idea(&mut self, address: IpAddr, now: Instant) -> bool {
        let minute = Duration::from_secs(60);
        let times = self.recent.entry(address).or_default();
        times.retain(|t| now.duration_since(*t) < minute);
        if times.len() >= self.bounds.per_minute {
            return false;
        }
        times.push(now);
        true
    }
}

/// The status, the page, and the idea to pass on, for one request.
fn answer(
    page: &Page,
    limits: &mut Limits,
    request: http::Request,
) -> (u16, String, Option<Submission>) {
    let t = &page.texts;
    let address = request.peer;
    let now = Instant::now();
    let get = request.method == "GET";
    let post = request.method == "POST";
    if limits.guessing(address, now) {
        return (429, t.too_many_tries.clone(), None);
    }
    let path = request.path.trim_end_matches('/');
    let path = path.strip_prefix('/').unwrap_or(path);
    let code = page.code_open.load(Ordering::SeqCst) && path.eq_ignore_ascii_case(&page.code);
    let ours = path == page.token || code;
    if !ours || !(get || post) {
        // Only what looks like a typed code counts as a try: not the icons browsers ask for.
        if looks_like_code(path) && limits.wrong_code(address, now) {
            page.code_open.store(false, Ordering::SeqCst);
        }
        return (404, t.not_found.clone(), None);
    }
    if get {
        return (200, page.html(t, None), None);
    }
    if !limits.admit(address, now) {
        return (503, page.html(t, Some(&t.too_many_phones)), None);
    }
    let Ok(body) = request.body else {
        return (413, page.html(t, Some(&t.too_long)), None);
    };
    let refuse = |status: u16, message: &str| (status, page.html(t, Some(message)), None);
    let Ok(fields) = form_fields(&body) else {
        return refuse(400, &t.not_text);
    };
    let field = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    // A form without `input` answers the first (the only one, for most activities).
    let prompt = match field("input") {
        Some(id) => page.prompts.iter().find(|p| p.id == id),
        None => page.prompts.first(),
    };
    let Some(prompt) = prompt else {
        return refuse(400, &t.not_text);
    };
    let input = prompt.id.clone();
    let (answer, message) = match &prompt.kind {
        PhoneInputKind::ShortText => {
            let text = clean(field("idea").unwrap_or_default());
            if text.is_empty() {
                return refuse(400, &t.empty);
            }
            if text.chars().count() > MAX_PHONE_TEXT {
                return refuse(413, &t.too_long);
            }
            (PhoneAnswer::Text(text), format!("{} {}", t.sent, t.another))
        }
        PhoneInputKind::Likert { statements, levels } => {
            let mut ratings = Vec::with_capacity(statements.len());
            for s in 0..statements.len() {
                let level = match field(&format!("s{s}")) {
                    None => None,
                    Some(level) => match level.parse::<usize>() {
                        Ok(level) if level < levels.len() => Some(level),
                        _ => return refuse(400, &t.not_text),
                    },
                };
                ratings.push(level);
            }
            if ratings.iter().all(Option::is_none) {
                return refuse(400, &t.none_rated);
            }
            if limits.rated(address, &input) {
                return refuse(409, &t.already_rated);
            }
            (PhoneAnswer::Ratings(ratings), t.rated.clone())
        }
    };
    if !limits.allow_idea(address, now) {
        return refuse(429, &t.too_many);
    }
    if matches!(answer, PhoneAnswer::Ratings(_)) {
        limits.rated.insert((address, input.clone()));
    }
    (
        200,
        page.html(t, Some(&message)),
        Some(Submission { input, answer }),
    )
}

/// Whether `path` looks like a short code typed by hand (one short word, no dot).
fn looks_like_code(path: &str) -> bool {
    !path.is_empty() && path.len() <= 2 * CODE_LENGTH && !path.contains(['/', '.'])
}

/// Decodes a form body (`input=avis&s0=3`, URL-encoded): its keys and values, or why not.
fn form_fields(body: &[u8]) -> Result<Vec<(String, String)>, FormError> {
    body.split(|b| *b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let mut halves = pair.splitn(2, |b| *b == b'=');
            let key = decode(halves.next().unwrap_or_default())?;
            let value = decode(halves.next().unwrap_or_default())?;
            Ok((key, value))
        })
        .collect()
}

/// One URL-encoded key or value as text.
fn decode(encoded: &[u8]) -> Result<String, FormError> {
    let mut bytes = Vec::with_capacity(encoded.len());
    let mut i = 0;
    while let Some(&b) = encoded.get(i) {
        match b {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = encoded.get(i + 1..i + 3).ok_or(FormError::NotText)?;
                let hex = std::str::from_utf8(hex).map_err(|_not_ascii| FormError::NotText)?;
                bytes.push(u8::from_str_radix(hex, 16).map_err(|_not_hex| FormError::NotText)?);
                i += 2;
            }
            b => bytes.push(b),
        }
        i += 1;
    }
    String::from_utf8(bytes).map_err(|_not_utf8| FormError::NotText)
}

/// What is wrong with a sent form.
#[derive(Debug, PartialEq, Eq)]
enum FormError {
    /// Not UTF-8, or broken URL encoding.
    NotText,
}

/// `text` as the activity receives it: control characters (line breaks included) become
/// spaces, runs of spaces one, ends trimmed.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_is_decoded_and_cleaned() {
        let idea = |body: &[u8]| {
            form_fields(body).map(|fields| {
                fields
                    .into_iter()
                    .find(|(k, _)| k == "idea")
                    .map(|(_, v)| clean(&v))
            })
        };
        assert_eq!(
            idea(b"idea=Un+jardin%0A%3Cb%3E"),
            Ok(Some(String::from("Un jardin <b>")))
        );
        assert_eq!(idea(b"idea=%FF%FE"), Err(FormError::NotText));
        assert_eq!(idea(b"idea=%G1"), Err(FormError::NotText));
        assert_eq!(idea(b"other=1"), Ok(None));
        assert_eq!(
            form_fields(b"input=avis&s0=3&s%32=0&"),
            Ok(vec![
                (String::from("input"), String::from("avis")),
                (String::from("s0"), String::from("3")),
                (String::from("s2"), String::from("0")),
            ])
        );
        assert_eq!(escape("<script>\"'&"), "&lt;script&gt;&quot;&#39;&amp;");
    }

    #[test]
    fn limits_count_ideas_per_minute_and_phones_at_once() {
        let mut limits = Limits::default();
        let now = Instant::now();
        let one = IpAddr::from([192, 168, 1, 10]);
        for _ in 0..PER_MINUTE {
            assert!(limits.allow_idea(one, now));
        }
        assert!(!limits.allow_idea(one, now), "one more in the same minute");
        assert!(
            limits.allow_idea(one, now + Duration::from_secs(61)),
            "a minute later"
        );
        for n in 0..MAX_PHONES {
            let phone = IpAddr::from([10, 0, (n / 250) as u8, (n % 250) as u8]);
            assert!(limits.admit(phone, now));
        }
        assert!(!limits.admit(one, now), "one phone too many");
        assert!(
            limits.admit(IpAddr::from([10, 0, 0, 0]), now),
            "a known one"
        );
        let later = now + ACTIVE_WINDOW + Duration::from_secs(1);
        assert!(
            limits.admit(one, later),
            "phones that sent nothing for a while no longer count"
        );
    }

    #[test]
    fn opening_the_page_does_not_count_among_the_phones_sending() {
        let page = Page::new(
            vec![text_input("idea", "Votre idée")],
            Locale::Fr,
            String::from("t0k3n"),
            String::from("abcd"),
            Arc::new(AtomicBool::new(true)),
        );
        let mut limits = Limits {
            bounds: PhoneLimits {
                max_phones: 2,
                ..PhoneLimits::default()
            },
            ..Limits::default()
        };
        let request = |peer: u8, method: &str| http::Request {
            method: method.to_owned(),
            path: String::from("/t0k3n/"),
            peer: IpAddr::from([10, 0, 0, peer]),
            body: Ok(b"idea=Un+jardin".to_vec()),
        };
        for phone in 1..=5 {
            assert_eq!(answer(&page, &mut limits, request(phone, "GET")).0, 200);
        }
        assert_eq!(answer(&page, &mut limits, request(1, "POST")).0, 200);
        assert_eq!(answer(&page, &mut limits, request(2, "POST")).0, 200);
        let (status, body, taken) = answer(&page, &mut limits, request(3, "POST"));
        assert_eq!(status, 503, "a third phone sending, over the limit of 2");
        assert!(taken.is_none() && body.contains("téléphones"), "{body}");
        assert_eq!(
            answer(&page, &mut limits, request(3, "GET")).0,
            200,
            "it can still read"
        );
        assert_eq!(
            answer(&page, &mut limits, request(1, "POST")).0,
            200,
            "one already sending"
        );
    }
}
