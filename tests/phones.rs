//! The participants' phones' page with a real HTTP client on 127.0.0.1 (never another
//! address): ideas arrive with nothing but their text; a wrong token, an oversized body, text
//! that is not UTF-8, a flood and a script each get the expected answer; the headers forbid
//! scripts, referrers and caching.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};

use atelier::i18n::Locale;
use atelier::phones::{MAX_BODY, PER_MINUTE, PhoneLimits, PhoneServer, text_input};
use atelier_plugin_api::{PhoneAnswer, PhoneInput, PhoneInputKind};

fn start() -> PhoneServer {
    start_with(PhoneLimits::default())
}

fn start_with(limits: PhoneLimits) -> PhoneServer {
    PhoneServer::start_with_limits(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        vec![text_input("idea", "Mon lieu de travail idéal")],
        Locale::Fr,
        None,
        limits,
    )
    .expect("listening on 127.0.0.1")
}

/// The page's `host:port`.
fn host(server: &PhoneServer) -> String {
    let url = server.url();
    url.trim_start_matches("http://")
        .split('/')
        .next()
        .expect("host")
        .to_owned()
}

/// One HTTP/1.1 request; the status, the headers and the body of the answer.
fn request(
    server: &PhoneServer,
    method: &str,
    path: &str,
    extra: &str,
    body: &[u8],
) -> (u16, String, String) {
    request_at(&host(server), method, path, extra, body)
}

/// [`request`] to the page at `address` (`host:port`).
fn request_at(
    address: &str,
    method: &str,
    path: &str,
    extra: &str,
    body: &[u8],
) -> (u16, String, String) {
    let mut stream = TcpStream::connect(address).expect("connect");
    // A page held up by another phone fails the test instead of hanging it.
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .expect("timeout");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n{extra}\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).expect("write");
    stream.write_all(body).expect("write body");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("read");
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    (status, head.to_owned(), body.to_owned())
}

fn page_path(server: &PhoneServer) -> String {
    let url = server.url();
    let host_end = url.trim_start_matches("http://").find('/').expect("path");
    url.trim_start_matches("http://")[host_end..].to_owned()
}

#[test]
fn the_page_speaks_the_sessions_language_and_ideas_arrive_with_only_their_text() {
    let server = start();
    let path = page_path(&server);
    assert_eq!(path.len(), 1 + 32 + 1, "a 128-bit token: {path}");
    let (status, head, body) = request(&server, "GET", &path, "", b"");
    assert_eq!(status, 200);
    assert!(
        body.contains("Mon lieu de travail idéal") && body.contains("Envoyer"),
        "{body}"
    );
    assert!(!body.contains("<script"), "no script on the page");
    for header in [
        "Content-Security-Policy: default-src 'none'",
        "Referrer-Policy: no-referrer",
        "Cache-Control: no-store",
    ] {
        assert!(head.contains(header), "{header} in {head}");
    }
    assert!(!head.to_lowercase().contains("set-cookie"), "no cookie");
    // A phone set to English gets the session's page, whole: never English words around a
    // French question.
    let (_, _, body) = request(
        &server,
        "GET",
        &path,
        "Accept-Language: en-GB,en;q=0.8\r\n",
        b"",
    );
    assert!(
        body.contains("Mon lieu de travail idéal") && body.contains("Envoyer"),
        "{body}"
    );
    assert!(!body.contains("Send"), "{body}");
    let english = PhoneServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        vec![text_input("idea", "My ideal workplace")],
        Locale::En,
        None,
    )
    .expect("listening on 127.0.0.1");
    let (_, _, body) = request(&english, "GET", &page_path(&english), "", b"");
    assert!(
        body.contains("My ideal workplace")
            && body.contains("Send")
            && body.contains("lang=\"en\""),
        "{body}"
    );

    let (status, _, body) = request(
        &server,
        "POST",
        &path,
        "",
        b"idea=Un+atelier+lumineux%0Aavec+des+plantes",
    );
    assert_eq!(status, 200);
    assert!(body.contains("Idée déposée dans la boîte."), "{body}");
    let (status, _, body) = request(
        &server,
        "POST",
        &path,
        "",
        b"idea=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    );
    assert_eq!(status, 200);
    assert!(!body.contains("<script>alert"), "never echoed as HTML");
    let taken = server.take();
    let texts: Vec<&str> = taken
        .iter()
        .filter_map(|s| match &s.answer {
            PhoneAnswer::Text(text) => Some(text.as_str()),
            PhoneAnswer::Ratings(_) => None,
        })
        .collect();
    assert_eq!(
        texts,
        [
            "Un atelier lumineux avec des plantes",
            "<script>alert(1)</script>"
        ],
        "line breaks become spaces; a script is kept as plain text"
    );
    assert!(taken.iter().all(|s| s.input == "idea"));
    assert!(
        !format!("{taken:?}").contains("127.0.0.1"),
        "a submission holds no address"
    );
}

#[test]
fn wrong_tokens_big_bodies_broken_text_and_floods_get_calm_answers() {
    let server = start();
    let path = page_path(&server);
    let (not_found, _, body) = request(
        &server,
        "GET",
        "/0123456789abcdef0123456789abcdef/",
        "",
        b"",
    );
    assert_eq!(not_found, 404);
    assert_eq!(request(&server, "GET", "/", "", b"").0, 404, "the same 404");
    assert_eq!(
        request(&server, "GET", "/favicon.ico", "", b"").2,
        body,
        "the same body"
    );
    assert_eq!(request(&server, "PUT", &path, "", b"idea=x").0, 404);

    let big = format!("idea={}", "a".repeat(MAX_BODY));
    assert_eq!(request(&server, "POST", &path, "", big.as_bytes()).0, 413);
    let (status, _, body) = request(
        &server,
        "POST",
        &path,
        "",
        format!("idea={}", "b".repeat(501)).as_bytes(),
    );
    assert_eq!(status, 413, "over 500 characters");
    assert!(body.contains("500 caractères au plus"), "{body}");
    let (status, _, body) = request(&server, "POST", &path, "", b"idea=%FF%FE%FD");
    assert_eq!(status, 400);
    assert!(body.contains("pas pu être lu"), "{body}");
    assert_eq!(
        request(&server, "POST", &path, "", b"idea=+++").0,
        400,
        "empty"
    );
    assert!(server.take().is_empty(), "nothing refused is passed on");

    for n in 0..PER_MINUTE {
        let idea = format!("idea=Id%C3%A9e+{n}");
        assert_eq!(request(&server, "POST", &path, "", idea.as_bytes()).0, 200);
    }
    let (status, _, body) = request(&server, "POST", &path, "", b"idea=Encore");
    assert_eq!(status, 429);
    assert!(body.contains("attendez une minute"), "{body}");
    assert_eq!(server.take().len(), PER_MINUTE, "none lost, none twice");
}

#[test]
fn a_grid_is_rated_from_a_phone_once_and_a_text_beside_it_goes_to_its_own_input() {
    let grid = |statements: [&str; 3], levels: [&str; 5], prompt: &str| PhoneInput {
        id: String::from("avis"),
        prompt: prompt.to_owned(),
        kind: PhoneInputKind::Likert {
            statements: statements.map(String::from).to_vec(),
            levels: levels.map(String::from).to_vec(),
        },
    };
    let fr = grid(
        [
            "La séance m'a été utile.",
            "J'ai pu dire ce que je pensais.",
            "Je reviendrai.",
        ],
        [
            "Pas du tout",
            "Un peu",
            "Moyennement",
            "Plutôt",
            "Tout à fait",
        ],
        "Êtes-vous d'accord ?",
    );
    let en = grid(
        [
            "The session was useful.",
            "I could say what I thought.",
            "I will come back.",
        ],
        [
            "Not at all",
            "A little",
            "Moderately",
            "Rather",
            "Completely",
        ],
        "Do you agree?",
    );
    let server = PhoneServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        vec![fr, text_input("mieux", "Ce qui pourrait être mieux")],
        Locale::Fr,
        None,
    )
    .expect("listening on 127.0.0.1");
    let path = page_path(&server);
    let (status, _, body) = request(&server, "GET", &path, "", b"");
    assert_eq!(status, 200);
    for expected in [
        "Atelier : votre avis",
        "<legend>J&#39;ai pu dire ce que je pensais.</legend>",
        "name=\"s2\" value=\"4\"> Tout à fait</label>",
        "name=\"input\" value=\"avis\"",
        "name=\"input\" value=\"mieux\"",
        "Ce qui pourrait être mieux",
    ] {
        assert!(body.contains(expected), "{expected} in {body}");
    }
    let english = PhoneServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        vec![en],
        Locale::En,
        None,
    )
    .expect("listening on 127.0.0.1");
    let (_, _, english) = request(&english, "GET", &page_path(&english), "", b"");
    assert!(english.contains("Completely") && english.contains("Do you agree?"));
    assert!(english.contains("Atelier: your view") && english.contains("lang=\"en\""));

    for (form, status, says) in [
        (&b"input=avis"[..], 400, "Choisissez au moins une réponse"),
        (b"input=avis&s0=5", 400, "pas pu être lu"),
        (b"input=avis&s1=-1", 400, "pas pu être lu"),
        (b"input=autre&idea=x", 400, "pas pu être lu"),
        (
            b"input=avis&s0=4&s2=1",
            200,
            "Réponse enregistrée, sans votre nom.",
        ),
        (b"input=avis&s1=0", 409, "déjà enregistrée"),
        (b"input=mieux&idea=Plus+de+pauses", 200, "Idée déposée"),
    ] {
        let (got, _, body) = request(&server, "POST", &path, "", form);
        assert_eq!(got, status, "{}", String::from_utf8_lossy(form));
        assert!(body.contains(says), "{says} in {body}");
    }
    let taken = server.take();
    assert_eq!(
        taken
            .iter()
            .map(|s| (s.input.as_str(), s.answer.clone()))
            .collect::<Vec<_>>(),
        [
            ("avis", PhoneAnswer::Ratings(vec![Some(4), None, Some(1)])),
            ("mieux", PhoneAnswer::Text(String::from("Plus de pauses"))),
        ],
        "one rating per phone, unrated statements left empty"
    );
}

/// The short code of `server`'s typable address (`host:port/code`).
fn short_code(server: &PhoneServer) -> String {
    let short = server.short_address().expect("the short code is open");
    let (host, code) = short.split_once('/').expect("host:port/code");
    assert!(server.url().contains(host), "{short} is {}", server.url());
    code.to_owned()
}

#[test]
fn the_short_address_typed_by_hand_opens_the_page_and_guessing_it_is_bounded() {
    let server = start_with(PhoneLimits {
        wrong_per_minute: 5,
        ..PhoneLimits::default()
    });
    let code = short_code(&server);
    assert_eq!(code.len(), 4, "four letters and digits: {code}");
    assert!(
        code.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && !code.contains(['0', 'o', '1', 'l', 'i']),
        "nothing to misread across a room: {code}"
    );
    for typed in [format!("/{code}"), format!("/{}/", code.to_uppercase())] {
        let (status, _, body) = request(&server, "GET", &typed, "", b"");
        assert_eq!(status, 200, "{typed}");
        assert!(body.contains("Mon lieu de travail idéal"), "{body}");
        // The form sends to the token's address, which the short one stands for.
        assert!(body.contains(&page_path(&server)), "{body}");
    }
    // Icons browsers ask for by themselves are not tries; typed codes are.
    for _ in 0..10 {
        assert_eq!(request(&server, "GET", "/favicon.ico", "", b"").0, 404);
    }
    let wrong = if code == "zzzz" { "yyyy" } else { "zzzz" };
    for _ in 0..5 {
        assert_eq!(
            request(&server, "GET", &format!("/{wrong}"), "", b"").0,
            404
        );
    }
    let (status, _, body) = request(&server, "GET", &format!("/{code}"), "", b"");
    assert_eq!(
        status, 429,
        "five wrong codes in a minute: wait, even for the right one"
    );
    assert!(body.contains("attendez une minute"), "{body}");
}

#[test]
fn too_many_wrong_codes_close_the_short_address_but_not_the_qr_code() {
    let server = start_with(PhoneLimits {
        wrong_in_all: 3,
        ..PhoneLimits::default()
    });
    let code = short_code(&server);
    let wrong: Vec<&str> = ["aaaa", "bbbb", "cccc", "dddd"]
        .into_iter()
        .filter(|w| *w != code)
        .take(3)
        .collect();
    for typed in &wrong[..2] {
        assert_eq!(
            request(&server, "GET", &format!("/{typed}"), "", b"").0,
            404
        );
    }
    assert!(
        server.short_address().is_some(),
        "two wrong codes: still open"
    );
    assert_eq!(
        request(&server, "GET", &format!("/{}", wrong[2]), "", b"").0,
        404
    );
    assert_eq!(server.short_address(), None, "closed after the third");
    assert_eq!(
        request(&server, "GET", &format!("/{code}"), "", b"").0,
        404,
        "the right code no longer opens the page"
    );
    let (status, _, _) = request(&server, "GET", &page_path(&server), "", b"");
    assert_eq!(status, 200, "the QR code's address still does");
}

#[test]
fn a_stopped_page_no_longer_answers() {
    let server = start();
    let address = host(&server);
    drop(server);
    // The listening thread closes its socket as it wakes up: give it a moment.
    let closed = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        TcpStream::connect(&address).is_err()
    });
    assert!(closed, "nothing listens once the phones are stopped");
}

/// A phone that leaves the Wi-Fi mid-send: the head and part of a body, then silence. The
/// stream is kept open by the caller for as long as it wants the phone to stall.
fn stall(server: &PhoneServer) -> TcpStream {
    let address = host(server);
    let mut stream = TcpStream::connect(&address).expect("connect");
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: {address}\r\nContent-Type: \
         application/x-www-form-urlencoded\r\nContent-Length: 2000\r\n\r\nidea=",
        page_path(server)
    );
    stream.write_all(head.as_bytes()).expect("head");
    stream.write_all(&[b'a'; 1000]).expect("half a body");
    stream
}

/// Limits that let many phones come from 127.0.0.1, as many addresses would.
fn one_address_for_many_phones() -> PhoneLimits {
    PhoneLimits {
        per_minute: 1000,
        connections_per_phone: 100,
        ..PhoneLimits::default()
    }
}

#[test]
fn stalled_phones_hold_up_neither_the_other_phones_nor_stopping() {
    let server = start_with(one_address_for_many_phones());
    let stalled_at = std::time::Instant::now();
    let stalled: Vec<TcpStream> = (0..20).map(|_| stall(&server)).collect();
    let (address, path) = (host(&server), page_path(&server));
    let sent: Vec<u16> = std::thread::scope(|scope| {
        let phones: Vec<_> = (0..30)
            .map(|n| {
                let (address, path) = (&address, &path);
                scope.spawn(move || {
                    let idea = format!("idea=id%C3%A9e+{n}");
                    request_at(address, "POST", path, "", idea.as_bytes()).0
                })
            })
            .collect();
        phones
            .into_iter()
            .map(|phone| phone.join().expect("phone"))
            .collect()
    });
    let answered = stalled_at.elapsed();
    assert_eq!(sent, vec![200; 30], "every phone is answered");
    let mut texts: Vec<String> = server
        .take()
        .into_iter()
        .filter_map(|s| match s.answer {
            PhoneAnswer::Text(text) => Some(text),
            PhoneAnswer::Ratings(_) => None,
        })
        .collect();
    texts.sort();
    let mut expected: Vec<String> = (0..30).map(|n| format!("idée {n}")).collect();
    expected.sort();
    assert_eq!(texts, expected, "every idea arrived, and no stalled one");
    // They were answered while the stalled phones still held their connections: the page
    // did not wait for any of them to give up.
    assert!(
        answered < atelier::phones::REQUEST_DEADLINE,
        "answered after {answered:?}, while the stalled phones had not timed out yet"
    );

    // Stopping returns before the stalled phones are let go.
    let (done, stopped) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        drop(server);
        let _told = done.send(());
    });
    assert!(
        stopped
            .recv_timeout(atelier::phones::REQUEST_DEADLINE)
            .is_ok(),
        "stopping waited for the stalled phones"
    );
    drop(stalled);
}

#[test]
fn a_stalled_phone_is_dropped_and_its_cut_text_never_delivered() {
    let server = start();
    let mut cut = stall(&server);
    // The phone is gone for good before sending the rest.
    cut.shutdown(std::net::Shutdown::Write).expect("gone");
    let mut answer = Vec::new();
    let _closed = cut.read_to_end(&mut answer);
    assert!(answer.is_empty(), "nothing is answered to a cut request");
    // One that stays silent is closed by the page after its deadline.
    let mut silent = stall(&server);
    let mut answer = Vec::new();
    let _closed = silent.read_to_end(&mut answer);
    assert!(answer.is_empty(), "closed without an answer");
    assert_eq!(
        server.take(),
        vec![],
        "no part of a cut idea reaches the wall"
    );
    // The page still works for the next phone.
    let (status, _, _) = request(&server, "POST", &page_path(&server), "", b"idea=Un+jardin");
    assert_eq!(status, 200);
    assert_eq!(server.take().len(), 1);
}

#[test]
fn huge_headers_are_refused_and_a_query_still_opens_the_page() {
    let server = start();
    let path = page_path(&server);
    let huge = format!("X-Padding: {}\r\n", "a".repeat(1 << 20));
    let address = host(&server);
    let mut stream = TcpStream::connect(&address).expect("connect");
    // The page answers before reading it all: the rest of the write may be refused.
    let _written = stream.write_all(format!("GET {path} HTTP/1.1\r\n{huge}\r\n").as_bytes());
    let mut answer = Vec::new();
    let _read = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 431 "), "{answer:.80}");

    let (status, _, body) = request(&server, "GET", &format!("{path}?utm_source=qr"), "", b"");
    assert_eq!(status, 200);
    assert!(body.contains("Mon lieu de travail idéal"), "{body}");
    let short = format!("/{}?x=1", short_code(&server));
    assert_eq!(request(&server, "GET", &short, "", b"").0, 200);
}
