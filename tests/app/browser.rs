//! A real browser on the phones' page: headless Chromium, driven through `chromedriver` (the
//! W3C `WebDriver` protocol, plain HTTP on 127.0.0.1), loads the page at a phone's width, types
//! an idea, sends it, reads the confirmation; the idea appears in the wall's box. Another phone
//! rates the group's grid by touching its labels; the answer is counted. Skipped, with
//! a message saying so, only when Chromium and `chromedriver` are not installed (`.ci/run`
//! installs them: Debian's `chromium` and `chromium-driver`).

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;

use super::{click, session_in_new_folder, type_into, wait_for_label};

/// `chromedriver`, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Asked to stop, `chromedriver` closes its browsers and waits for them.
        let _stopping = self.call("GET", "/shutdown", "");
        for _ in 0..20 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _killed = self.child.kill();
        let _waited = self.child.wait();
    }
}

impl Driver {
    /// `chromedriver` on a free port of 127.0.0.1, once it answers; `None` if not installed.
    fn start() -> Option<Self> {
        let program = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())?;
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let driver = Self { child, port };
        for _ in 0..100 {
            if driver.call("GET", "/status", "").contains("\"ready\":true") {
                return Some(driver);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("ChromeDriver did not start on port {port}");
    }

    /// One `WebDriver` call; the answer's JSON text.
    fn call(&self, method: &str, path: &str, body: &str) -> String {
        let Ok(mut stream) = TcpStream::connect(("127.0.0.1", self.port)) else {
            return String::new();
        };
        let _timeout_set = stream.set_read_timeout(Some(Duration::from_secs(60)));
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        if stream.write_all(request.as_bytes()).is_err() {
            return String::new();
        }
        // `chromedriver` may keep the connection open: read the head, then Content-Length bytes.
        let mut answer = Vec::new();
        let mut byte = [0_u8; 1];
        while !answer.ends_with(b"\r\n\r\n") {
            match stream.read(&mut byte) {
                Ok(1) => answer.push(byte[0]),
                _ => return String::new(),
            }
        }
        let head = String::from_utf8_lossy(&answer).to_ascii_lowercase();
        let length: usize = head
            .lines()
            .find_map(|line| line.strip_prefix("content-length:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        let mut body = vec![0_u8; length];
        if stream.read_exact(&mut body).is_err() {
            return String::new();
        }
        String::from_utf8_lossy(&body).into_owned()
    }
}

impl Driver {
    /// A phone-sized browser window, in French, no sandbox (CI runs as root), at `url`: the
    /// session's path for the next calls.
    fn phone_at(&self, url: &str) -> String {
        let session = self.call(
            "POST",
            "/session",
            r#"{"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{
                "binary":"/usr/bin/chromium",
                "args":["--headless=new","--no-sandbox","--disable-gpu","--disable-dev-shm-usage",
                        "--window-size=360,740"],
                "prefs":{"intl.accept_languages":"fr-FR,fr"}}}}}"#,
        );
        let base = format!("/session/{}", json_value(&session, "sessionId"));
        self.call(
            "POST",
            &format!("{base}/url"),
            &format!(r#"{{"url":"{url}"}}"#),
        );
        base
    }

    /// Clicks the first element `css` selects, as a finger would.
    fn click(&self, base: &str, css: &str) {
        let found = self.call(
            "POST",
            &format!("{base}/element"),
            &format!(r#"{{"using":"css selector","value":"{css}"}}"#),
        );
        let element = json_value(&found, "element-6066-11e4-a52e-4f735466cecf");
        self.call("POST", &format!("{base}/element/{element}/click"), "{}");
    }

    /// The page's source once it contains `text` (or after five seconds).
    fn source_with(&self, base: &str, text: &str) -> String {
        let mut source = String::new();
        for _ in 0..50 {
            source = self.call("GET", &format!("{base}/source"), "");
            if source.contains(text) {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        source
    }
}

/// The string value after `"key":"` in a JSON text.
fn json_value(json: &str, key: &str) -> String {
    let needle = format!("\"{key}\":\"");
    let start = json
        .find(&needle)
        .map(|i| i + needle.len())
        .unwrap_or_else(|| {
            panic!("no {key} in {json}");
        });
    json[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn a_real_browser_sends_an_idea_that_appears_in_the_wall() {
    let Some(driver) = Driver::start() else {
        eprintln!(
            "SKIPPED a_real_browser_sends_an_idea_that_appears_in_the_wall: ChromeDriver is not \
             installed (apt-get install chromium chromium-driver; .ci/run does it)"
        );
        return;
    };
    let (_dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "Mur Rêveur, Réaliste, Critique",
        &["Amina", "Bastien"],
    );
    type_into(&mut h, "Le sujet", "Mon lieu de travail idéal");
    click(&mut h, "Téléphones des participants");
    let url = h.state().phones_url().expect("the phones' page is open");

    let base = driver.phone_at(&url);
    let title = driver.call("GET", &format!("{base}/title"), "");
    assert!(
        title.contains("Atelier : votre idée"),
        "the page, in French: {title}"
    );
    let field = driver.call(
        "POST",
        &format!("{base}/element"),
        r##"{"using":"css selector","value":"textarea[name=idea]"}"##,
    );
    let field = json_value(&field, "element-6066-11e4-a52e-4f735466cecf");
    driver.call(
        "POST",
        &format!("{base}/element/{field}/value"),
        r#"{"text":"Une idée tapée sur un téléphone"}"#,
    );
    driver.click(&base, "button");
    let source = driver.source_with(&base, "Idée déposée dans la boîte");
    driver.call("DELETE", &base, "");
    assert!(source.contains("Idée déposée dans la boîte"), "{source}");

    wait_for_label(&mut h, "1 idée dans la boîte.");
    h.get_by_label_contains("Une idée tapée sur un téléphone");
}

#[test]
fn a_real_browser_rates_the_groups_grid_with_a_finger_on_the_labels() {
    let Some(driver) = Driver::start() else {
        eprintln!(
            "SKIPPED a_real_browser_rates_the_groups_grid_with_a_finger_on_the_labels: \
             ChromeDriver is not installed (apt-get install chromium chromium-driver; .ci/run \
             does it)"
        );
        return;
    };
    let (_dir, mut h) = session_in_new_folder(
        "Nouvelle séance collective",
        "L'avis du groupe, sans nom",
        &["Amina", "Élodie"],
    );
    click(&mut h, "Téléphones des participants");
    let url = h.state().phones_url().expect("the phones' page is open");
    let base = driver.phone_at(&url);
    // The labels around the radio buttons are what a finger touches.
    driver.click(
        &base,
        "form:first-of-type fieldset:nth-of-type(1) label:nth-of-type(5)",
    );
    driver.click(
        &base,
        "form:first-of-type fieldset:nth-of-type(3) label:nth-of-type(2)",
    );
    driver.click(&base, "form:first-of-type button");
    let source = driver.source_with(&base, "Réponse enregistrée");
    driver.call("DELETE", &base, "");
    assert!(
        source.contains("Réponse enregistrée, sans votre nom."),
        "{source}"
    );

    wait_for_label(&mut h, "1 réponse.");
    // "D'accord" for the first statement, "Plutôt pas d'accord" for the third, nothing else.
    let state = h
        .state()
        .session()
        .expect("running")
        .draft()
        .activity_state
        .split_whitespace()
        .collect::<String>()
        .replace(",]", "]");
    assert!(
        state.contains("counts:[[0,0,0,0,1],[0,0,0,0,0],[0,1,0,0,0],[0,0,0,0,0],[0,0,0,0,0]]"),
        "{state}"
    );
}
