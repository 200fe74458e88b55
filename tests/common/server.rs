//! A tiny HTTP/1.1 server on 127.0.0.1 for network tests (std only).
//!
//! It serves files from directories and from a route table, can be scripted per path
//! (status, delay, redirect, oversized body, extra headers) and counts the requests for each
//! path. It listens on an ephemeral port and stops when dropped (the accept loop is woken by
//! a last connection and joined). Include it with
//! `#[path = "…/tests/common/server.rs"] mod server;` from any test crate.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the server answers for one path.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A file, with its content type guessed from the extension.
    File(PathBuf),
    /// A body with this content type.
    Body(&'static str, Vec<u8>),
    /// An empty response with this status.
    Status(u16),
    /// A redirect (status, `Location`).
    Redirect(u16, String),
    /// `n` bytes of JSON-ish filler (`[` followed by spaces).
    Big(usize),
    /// The inner reply, sent after waiting this long.
    Delay(Duration, Box<Reply>),
    /// The inner reply with an extra header (name, value).
    Header(&'static str, String, Box<Reply>),
}

/// Builds a [`Server`].
#[derive(Default)]
pub struct Builder {
    routes: HashMap<String, Reply>,
    mounts: Vec<(String, PathBuf)>,
}

impl Builder {
    /// Answers `path` (e.g. `/a/b.json`, no query) with `reply`; routes win over mounts.
    pub fn route(mut self, path: &str, reply: Reply) -> Self {
        self.routes.insert(path.to_owned(), reply);
        self
    }

    /// Serves the files below `dir` for paths starting with `prefix` (which ends with `/`).
    pub fn mount(mut self, prefix: &str, dir: impl Into<PathBuf>) -> Self {
        self.mounts.push((prefix.to_owned(), dir.into()));
        self
    }

    /// Adds every entry of a JSON object `{ "/path": "file relative to base" }`.
    pub fn routes_json(mut self, table: &Path, base: &Path) -> Self {
        let text = std::fs::read_to_string(table).unwrap();
        let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
        for (path, file) in map {
            let file = base.join(file.as_str().unwrap());
            self.routes.insert(path, Reply::File(file));
        }
        self
    }

    /// Starts listening on 127.0.0.1 (ephemeral port).
    pub fn start(self) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let hits: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let site = Arc::new((self.routes, self.mounts));
        let thread = {
            let (stop, hits) = (stop.clone(), hits.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (site, hits) = (site.clone(), hits.clone());
                    std::thread::spawn(move || serve(stream, &site.0, &site.1, &hits));
                }
            })
        };
        Server {
            addr,
            stop,
            hits,
            thread: Some(thread),
        }
    }
}

/// A running server; stops when dropped.
pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    /// (path, request head) of every request, in order.
    hits: Arc<Mutex<Vec<(String, String)>>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// A builder with no routes.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request path received so far, in order.
    pub fn paths(&self) -> Vec<String> {
        self.hits
            .lock()
            .unwrap()
            .iter()
            .map(|(p, _)| p.clone())
            .collect()
    }

    /// How many requests `path` received.
    pub fn hits(&self, path: &str) -> usize {
        self.hits
            .lock()
            .unwrap()
            .iter()
            .filter(|(p, _)| p == path)
            .count()
    }

    /// The value of header `name` (case-insensitive) in the first request for `path`.
    pub fn header(&self, path: &str, name: &str) -> Option<String> {
        let hits = self.hits.lock().unwrap();
        let (_, head) = hits.iter().find(|(p, _)| p == path)?;
        head.lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_owned())
        })
    }

    /// Forgets the requests received so far.
    pub fn reset_hits(&self) {
        self.hits.lock().unwrap().clear();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept so the loop sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A port on 127.0.0.1 where nothing listens (bound, then released).
pub fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn serve(
    mut stream: TcpStream,
    routes: &HashMap<String, Reply>,
    mounts: &[(String, PathBuf)],
    hits: &Mutex<Vec<(String, String)>>,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
        if head.len() > 64 * 1024 {
            return;
        }
    }
    let head = String::from_utf8_lossy(&head);
    let target = head.split(' ').nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_owned();
    hits.lock().unwrap().push((path.clone(), head.to_string()));
    let reply = routes
        .get(&path)
        .cloned()
        .or_else(|| mounted(mounts, &path))
        .unwrap_or(Reply::Status(404));
    let _ = respond(&mut stream, reply, Vec::new());
}

fn mounted(mounts: &[(String, PathBuf)], path: &str) -> Option<Reply> {
    for (prefix, dir) in mounts {
        if let Some(rest) = path.strip_prefix(prefix.as_str()) {
            let rel = Path::new(rest);
            if rel.components().all(|c| matches!(c, Component::Normal(_))) {
                let file = dir.join(rel);
                if file.is_file() {
                    return Some(Reply::File(file));
                }
            }
        }
    }
    None
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("json" | "jsonld") => "application/ld+json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("jwt" | "jws" | "txt") => "text/plain",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    reply: Reply,
    mut headers: Vec<(String, String)>,
) -> std::io::Result<()> {
    let (status, ctype, body) = match reply {
        Reply::File(path) => (200, content_type(&path), std::fs::read(&path)?),
        Reply::Body(ctype, body) => (200, ctype, body),
        Reply::Status(s) => (s, "text/plain", Vec::new()),
        Reply::Redirect(s, location) => {
            headers.push(("Location".into(), location));
            (s, "text/plain", Vec::new())
        }
        Reply::Big(n) => {
            let mut body = vec![b' '; n];
            if let Some(b) = body.first_mut() {
                *b = b'[';
            }
            (200, "application/json", body)
        }
        Reply::Delay(d, inner) => {
            std::thread::sleep(d);
            return respond(stream, *inner, headers);
        }
        Reply::Header(name, value, inner) => {
            headers.push((name.into(), value));
            return respond(stream, *inner, headers);
        }
    };
    let mut out = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    stream.write_all(out.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()
}
