//! Just enough HTTP/1.1 for the phones' page, on the standard library's sockets, written so
//! that no phone can hold up another or the window: every connection has its own short-lived
//! thread, a request must arrive whole within [`REQUEST_DEADLINE`] (a phone that leaves the
//! Wi-Fi mid-send is dropped, and what it sent is never passed on), its head is at most
//! [`MAX_HEAD`] bytes, its body at most the page's limit, and stopping the listener returns at
//! once, whatever the connections are doing.
//!
//! Every answer closes its connection (`Connection: close`): a page of one form needs no
//! keep-alive, and a closed connection holds nothing.

use std::io::{ErrorKind, Read as _, Write as _};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a phone has to send a whole request (head and body) once connected.
pub const REQUEST_DEADLINE: Duration = Duration::from_secs(5);
/// How long a phone has to take the answer.
const WRITE_DEADLINE: Duration = Duration::from_secs(5);
/// The largest request head (request line and headers) read, in bytes.
pub const MAX_HEAD: usize = 8 * 1024;
/// How often the listener looks whether it must stop (it never blocks longer).
const POLL: Duration = Duration::from_millis(4);

/// The part of a request the page reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Request {
    /// The method, as sent (`GET`, `POST`…).
    pub method: String,
    /// The path, without its `?query`.
    pub path: String,
    /// The phone's address.
    pub peer: IpAddr,
    /// The body: `Ok` when it arrived whole within the limit, `Err(())` when it was longer
    /// (nothing of it is kept).
    pub body: Result<Vec<u8>, ()>,
}

/// Why a request was not read.
#[derive(Debug, PartialEq, Eq)]
enum ReadError {
    /// The phone stopped sending, closed, or took too long: nothing is answered.
    Cut,
    /// An answer is due without reading further: a status.
    Answer(u16),
}

/// Connections at once, all phones together and from one address.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ConnectionLimits {
    /// In all.
    pub total: usize,
    /// From one address.
    pub per_address: usize,
}

/// A listening socket and the thread that accepts on it; dropped, it stops at once.
pub(crate) struct Listener {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Listener {
    /// Listens on `bind` and calls `handle` for each whole request, on the connection's own
    /// thread; what it returns (a status and an HTML body) is the answer.
    ///
    /// # Errors
    /// Why the address cannot be listened on, or the thread cannot start.
    pub fn start<H>(
        bind: SocketAddr,
        max_body: usize,
        limits: ConnectionLimits,
        handle: H,
    ) -> std::io::Result<Self>
    where
        H: Fn(Request) -> (u16, String) + Send + Sync + 'static,
    {
        let listener = TcpListener::bind(bind)?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let handle = Arc::new(handle);
        let thread = {
            let stop = Arc::clone(&stop);
            std::thread::Builder::new()
                .name(String::from("atelier-phones"))
                .spawn(move || accept(&listener, &stop, max_body, limits, &handle))?
        };
        Ok(Self {
            address,
            stop,
            thread: Some(thread),
        })
    }

    /// The address listened on (the port chosen when 0 was asked).
    pub fn address(&self) -> SocketAddr {
        self.address
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // The accept loop never blocks longer than POLL; connections already open finish
        // (or time out) on their own threads and are not waited for.
        if let Some(thread) = self.thread.take() {
            let _joined = thread.join();
        }
    }
}

/// Connections open now, in all and per address.
#[derive(Default)]
struct Open {
    total: AtomicUsize,
    per_address: std::sync::Mutex<std::collections::HashMap<IpAddr, usize>>,
}

impl Open {
    /// Counts a new connection from `peer`, unless that would pass `limits`.
    fn enter(&self, peer: IpAddr, limits: ConnectionLimits) -> bool {
        let Ok(mut per) = self.per_address.lock() else {
            return false;
        };
        let from = per.get(&peer).copied().unwrap_or(0);
        if self.total.load(Ordering::SeqCst) >= limits.total || from >= limits.per_address {
            return false;
        }
        per.insert(peer, from + 1);
        self.total.fetch_add(1, Ordering::SeqCst);
        true
    }

    fn leave(&self, peer: IpAddr) {
        if let Ok(mut per) = self.per_address.lock() {
            match per.get_mut(&peer) {
                Some(n) if *n > 1 => *n -= 1,
                _ => {
                    per.remove(&peer);
                }
            }
        }
        self.total.fetch_sub(1, Ordering::SeqCst);
    }
}

fn accept<H>(
    listener: &TcpListener,
    stop: &AtomicBool,
    max_body: usize,
    limits: ConnectionLimits,
    handle: &Arc<H>,
) where
    H: Fn(Request) -> (u16, String) + Send + Sync + 'static,
{
    let open = Arc::new(Open::default());
    while !stop.load(Ordering::SeqCst) {
        let (stream, peer) = match listener.accept() {
            Ok(connection) => connection,
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                std::thread::sleep(POLL);
                continue;
            }
            // A connection reset before it was accepted, or no file descriptor left for now:
            // the next one may do.
            Err(_) => {
                std::thread::sleep(POLL);
                continue;
            }
        };
        let peer = peer.ip();
        if !open.enter(peer, limits) {
            // Too many at once: closed unread, before any thread is spent on it.
            drop(stream);
            continue;
        }
        let handle = Arc::clone(handle);
        let left = Arc::clone(&open);
        let spawned = std::thread::Builder::new()
            .name(String::from("atelier-phone"))
            .spawn(move || {
                serve_one(stream, peer, max_body, handle.as_ref());
                left.leave(peer);
            });
        if spawned.is_err() {
            open.leave(peer);
        }
    }
}

/// Reads one request from `stream`, answers it and closes.
fn serve_one<H>(mut stream: TcpStream, peer: IpAddr, max_body: usize, handle: &H)
where
    H: Fn(Request) -> (u16, String),
{
    // The listener is non-blocking; its connections must not be.
    if stream.set_nonblocking(false).is_err() {
        return;
    }
    let _no_delay = stream.set_nodelay(true);
    let deadline = Instant::now() + REQUEST_DEADLINE;
    let (status, body) = match read_request(&mut stream, peer, max_body, deadline) {
        Ok(request) => handle(request),
        Err(ReadError::Answer(status)) => (status, String::new()),
        Err(ReadError::Cut) => return,
    };
    let _sent = write_response(&mut stream, status, &body);
    // What the phone still sends (a head or body refused unread) is read and dropped for a
    // moment, so that closing does not reset the connection before the answer is read.
    let _drain = stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .and_then(|()| std::io::copy(&mut (&stream).take(64 * 1024), &mut std::io::sink()));
}

/// Reads until `stream` gives `buffer` more bytes, or the deadline passes.
fn read_more(
    stream: &mut TcpStream,
    buffer: &mut Vec<u8>,
    deadline: Instant,
) -> Result<(), ReadError> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
        return Err(ReadError::Cut);
    }
    let mut chunk = [0_u8; 2048];
    match stream.read(&mut chunk) {
        Ok(0) | Err(_) => Err(ReadError::Cut),
        Ok(n) => {
            buffer.extend_from_slice(chunk.get(..n).unwrap_or_default());
            Ok(())
        }
    }
}

/// One request, whole, within `deadline`: its head within [`MAX_HEAD`] bytes, its body
/// within `max_body` (a longer one is not read: `body` is `Err`).
fn read_request(
    stream: &mut TcpStream,
    peer: IpAddr,
    max_body: usize,
    deadline: Instant,
) -> Result<Request, ReadError> {
    let mut buffer = Vec::with_capacity(1024);
    let head_end = loop {
        if let Some(at) = find(&buffer, b"\r\n\r\n") {
            break at;
        }
        if buffer.len() > MAX_HEAD {
            return Err(ReadError::Answer(431));
        }
        read_more(stream, &mut buffer, deadline)?;
    };
    if head_end > MAX_HEAD {
        return Err(ReadError::Answer(431));
    }
    let head = std::str::from_utf8(buffer.get(..head_end).unwrap_or_default())
        .map_err(|_not_text| ReadError::Answer(400))?;
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let (Some(method), Some(target), Some(version), None) = (
        request_line.next(),
        request_line.next(),
        request_line.next(),
        request_line.next(),
    ) else {
        return Err(ReadError::Answer(400));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(ReadError::Answer(505));
    }
    let mut length = None;
    let mut expect_continue = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            return Err(ReadError::Answer(400));
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            let n: usize = value
                .parse()
                .map_err(|_not_a_number| ReadError::Answer(400))?;
            if length.is_some_and(|m| m != n) {
                return Err(ReadError::Answer(400));
            }
            length = Some(n);
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            // Browsers send a form with its length; a chunked body is not read.
            return Err(ReadError::Answer(411));
        } else if name.eq_ignore_ascii_case("expect") {
            expect_continue = value.eq_ignore_ascii_case("100-continue");
        }
    }
    let path = target.split('?').next().unwrap_or_default().to_owned();
    let mut request = Request {
        method: method.to_owned(),
        path,
        peer,
        body: Ok(Vec::new()),
    };
    if method != "POST" {
        return Ok(request);
    }
    let Some(length) = length else {
        return Err(ReadError::Answer(411));
    };
    if length > max_body {
        request.body = Err(());
        return Ok(request);
    }
    if expect_continue {
        let _continue = stream
            .set_write_timeout(Some(WRITE_DEADLINE))
            .and_then(|()| stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n"));
    }
    let mut body = buffer.split_off(head_end + 4);
    while body.len() < length {
        // A phone that stops halfway is dropped: a cut-off text is never passed on.
        read_more(stream, &mut body, deadline)?;
    }
    body.truncate(length);
    request.body = Ok(body);
    Ok(request)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The reason phrase of the statuses the page uses.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

/// Writes the answer with the page's strict headers, then closes.
fn write_response(stream: &mut TcpStream, status: u16, body: &str) -> std::io::Result<()> {
    stream.set_write_timeout(Some(WRITE_DEADLINE))?;
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\n\
         Content-Type: text/html; charset=utf-8\r\n\
         Content-Length: {length}\r\n\
         Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; \
         form-action 'self'; base-uri 'none'; frame-ancestors 'none'\r\n\
         Referrer-Policy: no-referrer\r\n\
         Cache-Control: no-store\r\n\
         X-Content-Type-Options: nosniff\r\n\
         Connection: close\r\n\r\n",
        reason = reason(status),
        length = body.len(),
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    stream.flush()?;
    stream.shutdown(std::net::Shutdown::Write)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A listener on 127.0.0.1 that answers with the request it read, and the address.
    fn echo() -> Listener {
        Listener::start(
            SocketAddr::from(([127, 0, 0, 1], 0)),
            16,
            ConnectionLimits {
                total: 8,
                per_address: 8,
            },
            |request| {
                let body = match &request.body {
                    Ok(body) => String::from_utf8_lossy(body).into_owned(),
                    Err(()) => String::from("(too long)"),
                };
                (200, format!("{} {} {body}", request.method, request.path))
            },
        )
        .expect("listening")
    }

    fn send(listener: &Listener, bytes: &[u8]) -> String {
        let mut stream = TcpStream::connect(listener.address()).expect("connect");
        stream.write_all(bytes).expect("write");
        let mut answer = String::new();
        let _read = stream.read_to_string(&mut answer);
        answer
    }

    #[test]
    fn a_request_is_read_whole_and_its_query_left_out() {
        let listener = echo();
        let answer = send(
            &listener,
            b"POST /abc?x=1 HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\nhello",
        );
        assert!(
            answer.starts_with("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK"),
            "{answer}"
        );
        assert!(answer.ends_with("POST /abc hello"), "{answer}");
        let answer = send(&listener, b"POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n");
        assert!(answer.ends_with("POST / (too long)"), "{answer}");
        let answer = send(&listener, b"POST / HTTP/1.1\r\n\r\n");
        assert!(answer.starts_with("HTTP/1.1 411 "), "{answer}");
        let answer = send(
            &listener,
            b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
        );
        assert!(answer.starts_with("HTTP/1.1 411 "), "{answer}");
        let answer = send(&listener, b"GARBAGE\r\n\r\n");
        assert!(answer.starts_with("HTTP/1.1 400 "), "{answer}");
    }

    #[test]
    fn a_head_over_its_bound_is_refused_unread() {
        let listener = echo();
        let mut request = b"GET / HTTP/1.1\r\n".to_vec();
        while request.len() <= MAX_HEAD {
            request.extend_from_slice(b"X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
        }
        request.extend_from_slice(b"\r\n");
        let answer = send(&listener, &request);
        assert!(answer.starts_with("HTTP/1.1 431 "), "{answer}");
    }

    #[test]
    fn a_cut_body_is_never_handled() {
        let listener = echo();
        // Three bytes of five, then the phone is gone.
        let mut stream = TcpStream::connect(listener.address()).expect("connect");
        stream
            .write_all(b"POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nabc")
            .expect("write");
        stream.shutdown(std::net::Shutdown::Write).expect("gone");
        let mut answer = String::new();
        let _read = stream.read_to_string(&mut answer);
        assert_eq!(answer, "", "no answer, and nothing handled");
    }

    #[test]
    fn connections_over_the_limit_are_closed_unread() {
        let open = Open::default();
        let limits = ConnectionLimits {
            total: 3,
            per_address: 2,
        };
        let one = IpAddr::from([10, 0, 0, 1]);
        let two = IpAddr::from([10, 0, 0, 2]);
        assert!(open.enter(one, limits));
        assert!(open.enter(one, limits));
        assert!(!open.enter(one, limits), "a third from one address");
        assert!(open.enter(two, limits));
        assert!(!open.enter(two, limits), "a fourth in all");
        open.leave(one);
        assert!(open.enter(two, limits), "room again");
    }
}
