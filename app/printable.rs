//! The participant's own documents: their journey, or one session's takeaway, in plain words,
//! as HTML that prints well and as Markdown.
//!
//! What goes in is chosen here, field by field: the person's first name, status, phases, what
//! matters to them, stages, experiences and their own takeaways. Never the last name, the
//! advisor's private notes, facilitator notes, nor another participant.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use sessions::{Journey, SessionLink, StoreError};

use crate::i18n::I18n;
use crate::words;

/// One piece of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document's title.
    Title(String),
    /// A line under the title.
    Subtitle(String),
    /// A section heading.
    Heading(String),
    /// A paragraph.
    Paragraph(String),
    /// A bulleted list.
    Items(Vec<String>),
    /// A named item with its details (a stage, a session).
    Entry {
        /// The item's name.
        title: String,
        /// Its details, one per line.
        lines: Vec<String>,
    },
}

/// A document for the participant, ready to render.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Its blocks, in order.
    pub blocks: Vec<Block>,
}

impl Document {
    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// A standalone HTML page with print styles (A4, readable type, no colours needed).
    pub fn to_html(&self, lang: &str) -> String {
        let title = self
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Title(t) => Some(t.as_str()),
                _ => None,
            })
            .unwrap_or_default();
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
            escape(title)
        );
        for block in &self.blocks {
            match block {
                Block::Title(t) => _ = writeln!(out, "<h1>{}</h1>", escape(t)),
                Block::Subtitle(t) => _ = writeln!(out, "<p class=\"sub\">{}</p>", escape(t)),
                Block::Heading(t) => _ = writeln!(out, "<h2>{}</h2>", escape(t)),
                Block::Paragraph(t) => _ = writeln!(out, "<p>{}</p>", escape(t)),
                Block::Items(items) => {
                    out.push_str("<ul>\n");
                    for item in items {
                        _ = writeln!(out, "<li>{}</li>", escape(item));
                    }
                    out.push_str("</ul>\n");
                }
                Block::Entry { title, lines } => {
                    _ = writeln!(out, "<section>\n<h3>{}</h3>", escape(title));
                    for line in lines {
                        _ = writeln!(out, "<p>{}</p>", escape(line));
                    }
                    out.push_str("</section>\n");
                }
            }
        }
        out.push_str("</body>\n</html>\n");
        out
    }

    /// The same document in Markdown.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                Block::Title(t) => _ = writeln!(out, "# {}\n", markdown_line(t)),
                Block::Subtitle(t) => _ = writeln!(out, "*{}*\n", markdown_line(t)),
                Block::Heading(t) => _ = writeln!(out, "## {}\n", markdown_line(t)),
                Block::Paragraph(t) => _ = writeln!(out, "{}\n", markdown_line(t)),
                Block::Items(items) => {
                    for item in items {
                        _ = writeln!(out, "- {}", markdown_line(item));
                    }
                    out.push('\n');
                }
                Block::Entry { title, lines } => {
                    _ = writeln!(out, "### {}\n", markdown_line(title));
                    for line in lines {
                        _ = writeln!(out, "{}  ", markdown_line(line));
                    }
                    out.push('\n');
                }
            }
        }
        out
    }

    /// Writes `<stem>.html` and `<stem>.md` into `dir` (atomically) and returns their paths.
    /// Never replaces a document already there: `<stem>-2`, `-3`… are used instead.
    ///
    /// # Errors
    /// I/O errors, naming the file.
    pub fn write(&self, dir: &Path, stem: &str, lang: &str) -> Result<Vec<PathBuf>, StoreError> {
        sessions::create_private_dir(dir)?;
        let free = |stem: &str| {
            let (html, markdown) = (
                dir.join(format!("{stem}.html")),
                dir.join(format!("{stem}.md")),
            );
            (!html.exists() && !markdown.exists()).then_some((html, markdown))
        };
        let (html, markdown) = std::iter::once(stem.to_owned())
            .chain((2..10_000).map(|n| format!("{stem}-{n}")))
            .find_map(|stem| free(&stem))
            .ok_or_else(|| {
                StoreError::io(
                    dir,
                    std::io::Error::other("too many documents of this name"),
                )
            })?;
        sessions::write_file_atomic(&html, self.to_html(lang).as_bytes())?;
        sessions::write_file_atomic(&markdown, self.to_markdown().as_bytes())?;
        Ok(vec![html, markdown])
    }
}

const STYLE: &str =
    "body { font-family: 'Ubuntu', 'Segoe UI', Arial, sans-serif; font-size: 13pt; \
line-height: 1.5; color: #111; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 22pt; margin-bottom: 0.2em; }
h2 { font-size: 16pt; margin-top: 1.6em; border-bottom: 1px solid #888; }
h3 { font-size: 13pt; margin-bottom: 0.2em; }
p.sub { color: #444; margin-top: 0; }
section { break-inside: avoid; margin-bottom: 1em; }
section p { margin: 0.1em 0; }
@page { size: A4; margin: 2cm; }
@media print { body { margin: 0; max-width: none; } }
";

/// The text with its first letter in capitals.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Escapes text for HTML (text and attribute values): what a person typed is shown as typed,
/// never read as markup.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One line of Markdown: line breaks become spaces, and characters that would start markup are
/// escaped.
fn markdown_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
    {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '#' | '[' | ']' | '<' | '>' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The person's journey, written for them.
pub fn journey_document(
    i18n: &I18n,
    journey: &Journey,
    today: NaiveDate,
    activity_name: &dyn Fn(&str) -> String,
) -> Document {
    let mut doc = Document::default();
    let name = journey.display_name.as_str();
    doc.push(Block::Title(
        i18n.tr_args("doc-journey-title", &[("name", name.into())]),
    ));
    doc.push(Block::Subtitle(
        i18n.tr_args("doc-made-on", &[("date", words::date(today).into())]),
    ));

    doc.push(Block::Heading(i18n.tr("doc-where")));
    let mut items = vec![
        i18n.tr_args(
            "doc-since",
            &[("date", words::date(journey.entry_date).into())],
        ),
        match journey.status() {
            sessions::Status::Active => i18n.tr("doc-status-active"),
            sessions::Status::OnHold { planned_end, .. } => i18n.tr_args(
                "doc-status-on-hold",
                &[("date", words::date(*planned_end).into())],
            ),
            sessions::Status::Exited { date, .. } => {
                i18n.tr_args("doc-status-exited", &[("date", words::date(*date).into())])
            }
        },
    ];
    if !journey.advisor.is_empty() {
        items.push(i18n.tr_args("doc-advisor", &[("name", journey.advisor.as_str().into())]));
    }
    let phases = words::phases_now(i18n, journey);
    if !phases.is_empty() {
        items.push(i18n.tr_args("doc-phases", &[("phases", phases.into())]));
    }
    doc.push(Block::Items(items));

    let prefs = &journey.preferences;
    let lists = [
        ("doc-wished-jobs", &prefs.wished_jobs),
        ("doc-places", &prefs.places),
        ("doc-strengths", &prefs.strengths),
        ("doc-accommodations", &prefs.accommodations),
    ];
    if lists.iter().any(|(_, l)| !l.is_empty()) || !prefs.hours.is_empty() {
        doc.push(Block::Heading(i18n.tr("doc-what-matters")));
        let mut items = Vec::new();
        for (id, list) in lists {
            if !list.is_empty() {
                items.push(i18n.tr_args(id, &[("list", list.join(", ").into())]));
            }
        }
        if !prefs.hours.is_empty() {
            items.push(i18n.tr_args("doc-hours", &[("hours", prefs.hours.as_str().into())]));
        }
        doc.push(Block::Items(items));
    }

    if !journey.stages.is_empty() {
        doc.push(Block::Heading(i18n.tr("doc-stages")));
        for stage in &journey.stages {
            let mut lines = vec![capitalized(&words::span(
                i18n,
                stage.start,
                stage.planned_end,
            ))];
            lines.extend(stage.objectives.iter().map(|o| words::objective(i18n, o)));
            for action in &stage.actions {
                lines.push(i18n.tr_args("doc-action", &[("text", action.as_str().into())]));
            }
            lines.push(i18n.tr_args(
                "doc-rhythm",
                &[("rhythm", words::rhythm(i18n, stage.rhythm).into())],
            ));
            if let Some(review) = &stage.review {
                lines.push(i18n.tr_args(
                    "doc-review",
                    &[
                        ("date", words::date(review.date).into()),
                        ("decision", words::decision(i18n, &review.decision).into()),
                    ],
                ));
            }
            doc.push(Block::Entry {
                title: stage.title.clone(),
                lines,
            });
        }
    }

    if !journey.milestones.is_empty() {
        doc.push(Block::Heading(i18n.tr("doc-experiences")));
        doc.push(Block::Items(
            journey
                .milestones
                .iter()
                .map(|m| words::milestone(i18n, m))
                .collect(),
        ));
    }

    doc.push(Block::Heading(i18n.tr("doc-sessions")));
    let mut timeline: Vec<&SessionLink> = journey.timeline.iter().collect();
    timeline.sort_by_key(|link| link.date);
    if timeline.is_empty() {
        doc.push(Block::Paragraph(i18n.tr("doc-no-sessions")));
    }
    for link in timeline {
        doc.push(session_entry(i18n, link, activity_name));
    }
    doc.push(Block::Paragraph(i18n.tr("doc-rights")));
    doc
}

fn session_entry(i18n: &I18n, link: &SessionLink, activity_name: &dyn Fn(&str) -> String) -> Block {
    Block::Entry {
        title: format!(
            "{} — {}",
            words::date(link.date.date_naive()),
            activity_name(&link.activity)
        ),
        // A takeaway of several lines keeps them (an activity may write one point a line).
        lines: link.takeaway_for(i18n.locale().code()).map_or_else(
            || vec![i18n.tr("doc-no-takeaway")],
            |t| {
                let mut lines = t.lines().map(str::trim).filter(|l| !l.is_empty());
                let first = lines.next().unwrap_or_default();
                std::iter::once(i18n.tr_args("doc-takeaway", &[("text", first.into())]))
                    .chain(lines.map(str::to_owned))
                    .collect()
            },
        ),
    }
}

/// A first name as a piece of a file name: letters (accents kept), digits and dashes.
pub fn file_name_part(name: &str) -> String {
    let part: String = name
        .trim()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let part = part
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    crate::words::short(&part, 40)
        .trim_end_matches('…')
        .to_owned()
}

/// Everything stored about a participant (`sessions::export_participant`), plus their own
/// printable document next to the raw data.
///
/// # Errors
/// Those of the export, and I/O errors writing the document.
pub fn export_with_document(
    i18n: &I18n,
    store: &sessions::Store,
    id: &sessions::ParticipantId,
    to: &Path,
    today: NaiveDate,
    activity_name: &dyn Fn(&str) -> String,
) -> Result<sessions::ExportReport, StoreError> {
    let mut report = sessions::export_participant(store, id, to)?;
    let journey = store.load_journey(id)?.value;
    let document = journey_document(i18n, &journey, today, activity_name);
    report.files.extend(document.write(
        &report.dir,
        &i18n.tr("doc-file-stem"),
        i18n.locale().code(),
    )?);
    Ok(report)
}

/// One session's takeaway, written for the person.
pub fn session_document(
    i18n: &I18n,
    journey: &Journey,
    link: &SessionLink,
    activity_name: &dyn Fn(&str) -> String,
) -> Document {
    let mut doc = Document::default();
    doc.push(Block::Title(i18n.tr_args(
        "doc-session-title",
        &[
            ("name", journey.display_name.as_str().into()),
            ("date", words::date(link.date.date_naive()).into()),
        ],
    )));
    doc.push(session_entry(i18n, link, activity_name));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_and_markdown_escape_what_people_type() {
        let doc = Document {
            blocks: vec![
                Block::Title("Mon <parcours> & moi".into()),
                Block::Items(vec!["*pas* en gras\net sur une ligne".into()]),
            ],
        };
        let html = doc.to_html("fr");
        assert!(
            html.contains("<h1>Mon &lt;parcours&gt; &amp; moi</h1>"),
            "{html}"
        );
        assert!(html.contains("<title>Mon &lt;parcours&gt; &amp; moi</title>"));
        let markdown = doc.to_markdown();
        assert!(
            markdown.contains("- \\*pas\\* en gras et sur une ligne"),
            "{markdown}"
        );
        assert!(markdown.starts_with("# Mon \\<parcours\\> & moi"));
    }
}
