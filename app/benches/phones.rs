//! A room of phones under load: 30 phones each send 10 ideas over 10 seconds (one a second,
//! all at once) to the participants' page on 127.0.0.1, while 20 more phones stall mid-send
//! (half a body, then silence, as a phone leaving the Wi-Fi does, again as soon as the page
//! drops them). Every idea must arrive once, none lost or doubled, no stalled one; prints the
//! answer times (median, 95th percentile, worst; goal: worst under a second) and how long
//! stopping the page takes with the stalled phones connected (goal: under a second).
//!
//! `cargo bench -p atelier --bench phones`. The phones all come from 127.0.0.1, so the page's
//! per-address limit is lifted for the run (in a room each phone has its own address).

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use atelier::i18n::Locale;
use atelier::phones::{PhoneLimits, PhoneServer, text_input};
use atelier_plugin_api::PhoneAnswer;

const PHONES: usize = 30;
const IDEAS: usize = 10;
const STALLED: usize = 20;

fn main() {
    let server = PhoneServer::start_with_limits(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        vec![text_input("idea", "Votre idée")],
        Locale::Fr,
        None,
        PhoneLimits {
            per_minute: PHONES * IDEAS,
            max_phones: PHONES,
            connections_per_phone: PHONES + STALLED + 8,
            ..PhoneLimits::default()
        },
    )
    .expect("listening on 127.0.0.1");
    let url = server.url();
    let rest = url.trim_start_matches("http://").to_owned();
    let (address, path) = rest.split_at(rest.find('/').expect("path"));
    let (address, path) = (address.to_owned(), path.to_owned());
    let stalling = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let stalled: Vec<_> = (0..STALLED)
        .map(|_| {
            let (address, path, stalling) = (address.clone(), path.clone(), stalling.clone());
            std::thread::spawn(move || {
                while stalling.load(std::sync::atomic::Ordering::SeqCst) {
                    let Ok(mut stream) = TcpStream::connect(&address) else {
                        return;
                    };
                    let _sent = write!(
                        stream,
                        "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Length: \
                         2000\r\n\r\nidea={}",
                        "a".repeat(1000)
                    );
                    // Silent until the page drops it (or the run ends).
                    let _timeout = stream.set_read_timeout(Some(Duration::from_millis(200)));
                    let mut answer = Vec::new();
                    while stalling.load(std::sync::atomic::Ordering::SeqCst) {
                        if stream.read_to_end(&mut answer).is_ok() {
                            break;
                        }
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    let phones: Vec<_> = (0..PHONES)
        .map(|phone| {
            let (address, path) = (address.clone(), path.clone());
            std::thread::spawn(move || {
                let mut times = Vec::with_capacity(IDEAS);
                for idea in 0..IDEAS {
                    let due = start + Duration::from_millis((idea * 1000 + phone * 33) as u64);
                    if let Some(wait) = due.checked_duration_since(Instant::now()) {
                        std::thread::sleep(wait);
                    }
                    let sent = Instant::now();
                    let status = post(&address, &path, &format!("idea=Phone+{phone}+idea+{idea}"));
                    times.push(sent.elapsed());
                    assert_eq!(status, 200, "phone {phone}, idea {idea}");
                }
                times
            })
        })
        .collect();
    let mut times: Vec<Duration> = phones
        .into_iter()
        .flat_map(|phone| phone.join().expect("phone"))
        .collect();
    let elapsed = start.elapsed();
    let stopping = Instant::now();
    let taken = server.take();
    drop(server);
    let stopped = stopping.elapsed();
    stalling.store(false, std::sync::atomic::Ordering::SeqCst);
    for phone in stalled {
        let _stopped = phone.join();
    }
    let mut texts: Vec<String> = taken
        .into_iter()
        .filter_map(|s| match s.answer {
            PhoneAnswer::Text(text) => Some(text),
            PhoneAnswer::Ratings(_) => None,
        })
        .collect();
    texts.sort();
    let total = texts.len();
    texts.dedup();
    assert_eq!(total, PHONES * IDEAS, "every idea arrived");
    assert_eq!(texts.len(), total, "none twice");
    times.sort();
    let at = |share: f64| times[((times.len() as f64 * share) as usize).min(times.len() - 1)];
    println!(
        "{PHONES} phones × {IDEAS} ideas beside {STALLED} stalled phones: {total} arrived, none \
         lost or doubled, in {:.1} s; answer time median {:.2} ms, p95 {:.2} ms, worst {:.2} ms; \
         stopping took {:.1} ms",
        elapsed.as_secs_f64(),
        at(0.5).as_secs_f64() * 1000.0,
        at(0.95).as_secs_f64() * 1000.0,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
        stopped.as_secs_f64() * 1000.0,
    );
}

/// One form sent; the answer's status.
fn post(address: &str, path: &str, body: &str) -> u16 {
    let mut stream = TcpStream::connect(address).expect("connect");
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Type: \
         application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}
