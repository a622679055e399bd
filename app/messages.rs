//! Turns typed errors and check problems into translated sentences: each error is described
//! in exactly one place.

use std::path::Path;

use sessions::bounds::BoundError;
use sessions::{FileError, FormatError, IdError, Problem, ProblemKind, StoreError, SyntaxKind};

use crate::cli::UsageError;
use crate::i18n::{Arg, I18n};

/// An id refused, as a sentence.
pub fn id_error(i18n: &I18n, error: &IdError) -> String {
    match error {
        IdError::Empty => i18n.tr("id-empty"),
        IdError::TooLong(_) => i18n.tr_args("id-too-long", &[("max", sessions::MAX_ID_LEN.into())]),
        IdError::PathSeparator(id) => i18n.tr_args("id-separator", &[("id", id.as_str().into())]),
        IdError::ParentDir(id) => i18n.tr_args("id-parent", &[("id", id.as_str().into())]),
        IdError::Nul => i18n.tr("id-nul"),
        IdError::Reserved(id) => i18n.tr_args("id-reserved", &[("id", id.as_str().into())]),
        IdError::InvalidChar { id, ch } => i18n.tr_args(
            "id-invalid-char",
            &[("id", id.as_str().into()), ("char", ch.to_string().into())],
        ),
        IdError::WrongPrefix { id, prefix } => i18n.tr_args(
            "id-wrong-prefix",
            &[("id", id.as_str().into()), ("prefix", (*prefix).into())],
        ),
    }
}

/// What is wrong inside a file, without its location.
pub fn format_error(i18n: &I18n, error: &FormatError) -> String {
    match error {
        FormatError::Empty => i18n.tr("format-empty"),
        FormatError::Syntax { kind, .. } => syntax(i18n, kind),
        FormatError::Newer { found, supported } => i18n.tr_args(
            "format-newer",
            &[
                ("found", Arg::Num((*found).into())),
                ("supported", Arg::Num((*supported).into())),
            ],
        ),
        FormatError::TooOld { found, supported } => i18n.tr_args(
            "format-too-old",
            &[
                ("found", Arg::Num((*found).into())),
                ("supported", Arg::Num((*supported).into())),
            ],
        ),
        FormatError::TooLarge { .. } | FormatError::Bound(_) => format!(
            "{} {}",
            over_bound(i18n, error),
            i18n.tr("format-left-untouched")
        ),
        FormatError::NotWritten(inner) => i18n.tr_args(
            "format-not-written",
            &[("reason", over_bound(i18n, inner).into())],
        ),
        FormatError::Write(detail) => {
            i18n.tr_args("format-write", &[("detail", detail.as_str().into())])
        }
    }
}

/// What is wrong at a place in a file, in the user's language (the parser's own words only
/// for rare kinds).
fn syntax(i18n: &I18n, kind: &SyntaxKind) -> String {
    let one = |id: &str, key: &str, value: &str| i18n.tr_args(id, &[(key, value.into())]);
    match kind {
        SyntaxKind::UnexpectedEnd => i18n.tr("syntax-end"),
        SyntaxKind::TrailingCharacters => i18n.tr("syntax-trailing"),
        SyntaxKind::Unclosed => i18n.tr("syntax-unclosed"),
        SyntaxKind::MissingComma => i18n.tr("syntax-comma"),
        SyntaxKind::UnknownField(field) => one("syntax-unknown-field", "field", field),
        SyntaxKind::MissingField(field) => one("syntax-missing-field", "field", field),
        SyntaxKind::DuplicateField(field) => one("syntax-duplicate-field", "field", field),
        SyntaxKind::WrongType { expected, found } => i18n.tr_args(
            "syntax-wrong-type",
            &[
                ("expected", expected.as_str().into()),
                ("found", found.as_str().into()),
            ],
        ),
        SyntaxKind::UnknownChoice(found) => one("syntax-unknown-choice", "found", found),
        SyntaxKind::NumberOutOfRange => i18n.tr("syntax-number"),
        SyntaxKind::UnexpectedChar(c) => one("syntax-char", "char", &c.to_string()),
        SyntaxKind::NotUtf8 => i18n.tr("syntax-not-utf8"),
        SyntaxKind::IdMismatch(id) => one("syntax-id-mismatch", "id", id),
        SyntaxKind::Other(detail) => one("format-syntax", "detail", detail),
    }
}

/// What is over a bound, as a fact (reading and writing each add what follows from it).
fn over_bound(i18n: &I18n, error: &FormatError) -> String {
    match error {
        FormatError::TooLarge { size, max } => i18n.tr_args(
            "format-too-large",
            &[
                ("size", megabytes(i18n, *size).into()),
                ("max", megabytes(i18n, *max).into()),
            ],
        ),
        FormatError::Bound(BoundError::TooLong {
            field, chars, max, ..
        }) => i18n.tr_args(
            "format-too-long",
            &[
                ("field", field.as_str().into()),
                ("chars", (*chars).into()),
                ("max", (*max).into()),
            ],
        ),
        FormatError::Bound(BoundError::TooMany { field, max, .. }) => i18n.tr_args(
            "format-too-many",
            &[("field", field.as_str().into()), ("max", (*max).into())],
        ),
        FormatError::Bound(BoundError::TooDeep { max, .. }) => {
            i18n.tr_args("format-too-deep", &[("max", (*max).into())])
        }
        other => format_error(i18n, other),
    }
}

/// A size in megabytes, with one decimal in the language's way (50,0 Mo; 50.0 MB).
fn megabytes(i18n: &I18n, bytes: u64) -> String {
    #[expect(clippy::cast_precision_loss, reason = "a rounded size for people")]
    let mb = format!("{:.1}", bytes as f64 / 1_048_576.0);
    match i18n.locale() {
        crate::i18n::Locale::Fr => mb.replace('.', ","),
        crate::i18n::Locale::En => mb,
    }
}

fn located(path: &Path, position: Option<(usize, usize)>, what: &str) -> String {
    match position {
        Some((line, col)) => format!("{}:{line}:{col}: {what}", path.display()),
        None => format!("{}: {what}", path.display()),
    }
}

/// What went wrong reading or writing `path`, as the person can act on it: a full disk, a
/// folder that may not be written, a folder that is gone; the system's words otherwise.
pub fn io_error(i18n: &I18n, path: &Path, source: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let key = match source.kind() {
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => "err-io-full",
        K::PermissionDenied | K::ReadOnlyFilesystem => "err-io-denied",
        K::NotFound => "err-io-gone",
        _ => {
            return i18n.tr_args(
                "err-io",
                &[("path", path.into()), ("detail", source.to_string().into())],
            );
        }
    };
    i18n.tr_args(key, &[("path", path.into())])
}

/// A store error, as one sentence naming the file (and the line, for a bad file).
pub fn store_error(i18n: &I18n, error: &StoreError) -> String {
    match error {
        StoreError::MissingDataDir(path) => {
            i18n.tr_args("err-missing-data-dir", &[("path", path.as_path().into())])
        }
        StoreError::Io { path, source } => io_error(i18n, path, source),
        StoreError::File(FileError { path, error }) => {
            located(path, error.position(), &format_error(i18n, error))
        }
        StoreError::Conflict(path) => {
            i18n.tr_args("err-conflict", &[("path", path.as_path().into())])
        }
        StoreError::AlreadyExists(path) => {
            i18n.tr_args("err-exists", &[("path", path.as_path().into())])
        }
        StoreError::UnknownParticipant(id) => {
            i18n.tr_args("err-unknown-participant", &[("id", id.as_str().into())])
        }
        StoreError::NoSuchFidelityItem(id) => {
            i18n.tr_args("err-no-fidelity-item", &[("id", id.as_str().into())])
        }
        StoreError::BadId { path, error } => i18n.tr_args(
            "err-bad-file-name",
            &[
                ("path", path.as_path().into()),
                ("reason", id_error(i18n, error).into()),
            ],
        ),
        StoreError::Busy { path, waited } => i18n.tr_args(
            "err-busy",
            &[
                ("path", path.as_path().into()),
                ("seconds", Arg::Num(waited.as_secs_f64().round())),
            ],
        ),
        StoreError::InUse(path) => i18n.tr_args("err-in-use", &[("path", path.as_path().into())]),
        StoreError::ReadOnly { path, why } => i18n.tr_args(
            match why {
                sessions::ReadOnlyWhy::InUse => "err-read-only",
                sessions::ReadOnlyWhy::NotWritable => "err-not-writable",
            },
            &[("path", path.as_path().into())],
        ),
        StoreError::Symlink(path) => {
            i18n.tr_args("err-symlink", &[("path", path.as_path().into())])
        }
        StoreError::Locked(path) => i18n.tr_args("err-locked", &[("path", path.as_path().into())]),
        StoreError::Vault { path, error } => {
            let key = match error {
                sessions::vault::VaultError::WrongSecret => "err-vault-wrong-secret",
                sessions::vault::VaultError::NotEncrypted => "err-vault-not-encrypted",
                sessions::vault::VaultError::TooLarge { .. } => "err-vault-too-large",
                sessions::vault::VaultError::UnknownVersion(_) => "err-vault-newer",
                _ => "err-vault-tampered",
            };
            i18n.tr_args(key, &[("path", path.as_path().into())])
        }
        StoreError::Database(error) => database_error(i18n, error),
        StoreError::InjectedCrash => i18n.tr("err-crash"),
    }
}

/// Why the service's database could not be used, in plain words (never its password).
fn database_error(i18n: &I18n, error: &sessions::db::DbError) -> String {
    use sessions::db::DbError;
    match error {
        DbError::BadAddress(detail) => {
            i18n.tr_args("err-db-bad-address", &[("detail", detail.as_str().into())])
        }
        DbError::Offline { address, message } => i18n.tr_args(
            "err-db-offline",
            &[
                ("address", address.as_str().into()),
                ("detail", message.as_str().into()),
            ],
        ),
        DbError::Refused { address, message } => i18n.tr_args(
            "err-db-refused",
            &[
                ("address", address.as_str().into()),
                ("detail", message.as_str().into()),
            ],
        ),
        DbError::NotAllowed { address, message } => i18n.tr_args(
            "err-db-not-allowed",
            &[
                ("address", address.as_str().into()),
                ("detail", message.as_str().into()),
            ],
        ),
        DbError::Schema {
            address,
            found,
            needed,
            ..
        } => i18n.tr_args(
            if found < needed {
                "err-db-schema-old"
            } else {
                "err-db-schema-new"
            },
            &[
                ("address", address.as_str().into()),
                ("found", Arg::Num(f64::from(*found))),
                ("needed", Arg::Num(f64::from(*needed))),
            ],
        ),
        DbError::ChangedMigration { address, version } => i18n.tr_args(
            "err-db-changed-migration",
            &[
                ("address", address.as_str().into()),
                ("version", Arg::Num(f64::from(*version))),
            ],
        ),
        DbError::Tls(detail) => i18n.tr_args("err-db-tls", &[("detail", detail.as_str().into())]),
        DbError::Server { address, message } => i18n.tr_args(
            "err-db-server",
            &[
                ("address", address.as_str().into()),
                ("detail", message.as_str().into()),
            ],
        ),
    }
}

/// Where a symbolic link points, or "?" when it cannot be read.
fn link_target(target: Option<&Path>) -> String {
    target.map_or_else(|| String::from("?"), |t| t.display().to_string())
}

/// What an erasure did beyond the journey, records and drafts, and what it could not do, as
/// sentences to add after the first one (empty when there is nothing more to say).
pub fn erase_rest(i18n: &I18n, report: &sessions::EraseReport) -> String {
    let mut out = Vec::new();
    if !report.copies_removed.is_empty() || !report.journeys_changed.is_empty() {
        out.push(i18n.tr_args(
            "erase-copies-removed",
            &[(
                "count",
                (report.copies_removed.len() + report.journeys_changed.len()).into(),
            )],
        ));
    }
    for (path, why) in &report.not_erased {
        let why = match why {
            sessions::NotErased::Symlink(target) => i18n.tr_args(
                "erase-not-link",
                &[("target", link_target(target.as_deref()).into())],
            ),
            sessions::NotErased::MentionedBy(other) => {
                i18n.tr_args("erase-not-mentioned", &[("other", other.as_str().into())])
            }
            sessions::NotErased::Unreadable(detail) => i18n.tr_args(
                "erase-not-unreadable",
                &[("detail", detail.as_str().into())],
            ),
        };
        out.push(i18n.tr_args(
            "erase-not-erased",
            &[("path", path.as_path().into()), ("why", why.into())],
        ));
    }
    for path in &report.copies_outside {
        out.push(i18n.tr_args("erase-copy-outside", &[("path", path.as_path().into())]));
    }
    out.join("\n")
}

/// Why a change to a journey was refused, as a sentence for the journey screen.
pub fn journey_error(i18n: &I18n, error: &sessions::JourneyError) -> String {
    use sessions::JourneyError as E;
    i18n.tr(match error {
        E::PauseNotAsked => "journey-hold-not-asked",
        E::PauseEndNotAfterToday => "journey-hold-bad-date",
        E::PauseWithoutConditions => "journey-hold-no-conditions",
        E::PauseWhenNotActive => "journey-err-pause-not-active",
        E::AlreadyExited => "journey-err-already-exited",
        E::ExitInFuture => "journey-exit-bad-date",
        E::ExitWithoutReason => "journey-exit-no-reason",
        E::AlreadyActive => "journey-err-already-active",
        E::ResumeAfterExit => "journey-err-resume-after-exit",
        E::ReEntryWhenNotExited => "journey-err-re-entry-not-exited",
        E::ReEntryDate => "journey-err-re-entry-date",
        E::NoSuchStage(_) => "journey-err-no-stage",
        E::AlreadyReviewed => "journey-err-already-reviewed",
        E::DecisionWithoutDetail => "journey-err-decision-detail",
        E::StageWithoutTitle => "journey-stage-title-missing",
        E::EndsBeforeStart => "journey-err-ends-before-start",
        E::MilestoneWithoutTitle => "journey-milestone-title-missing",
    })
}

/// A check problem, as `file:line:col: what`.
pub fn problem(i18n: &I18n, problem: &Problem) -> String {
    let what = match &problem.kind {
        ProblemKind::Format(error) => format_error(i18n, error),
        ProblemKind::Io(error) => {
            i18n.tr_args("problem-io", &[("detail", error.to_string().into())])
        }
        ProblemKind::BadFileName(error) => id_error(i18n, error),
        ProblemKind::WrongFolder(folder) => i18n.tr_args(
            "problem-wrong-folder",
            &[("folder", folder.as_path().into())],
        ),
        ProblemKind::MissingLink {
            participant,
            record,
        } => i18n.tr_args(
            "problem-missing-link",
            &[
                ("participant", participant.as_str().into()),
                ("record", record.as_str().into()),
            ],
        ),
        ProblemKind::UnknownParticipant(id) => i18n.tr_args(
            "problem-unknown-participant",
            &[("participant", id.as_str().into())],
        ),
        ProblemKind::DanglingLink(id) => {
            i18n.tr_args("problem-dangling-link", &[("record", id.as_str().into())])
        }
        ProblemKind::NotListed(id) => {
            i18n.tr_args("problem-not-listed", &[("record", id.as_str().into())])
        }
        ProblemKind::TempFile => i18n.tr("problem-temp-file"),
        ProblemKind::StaleIndex(year) => {
            i18n.tr_args("problem-stale-index", &[("year", year.as_str().into())])
        }
        ProblemKind::OpenToOthers => i18n.tr("problem-open-to-others"),
        ProblemKind::Symlink(target) => i18n.tr_args(
            "problem-symlink",
            &[("target", link_target(target.as_deref()).into())],
        ),
        ProblemKind::SameSession { kept, same, .. } => i18n.tr_args(
            if *same {
                "problem-same-session"
            } else {
                "problem-same-session-differs"
            },
            &[("record", kept.as_str().into())],
        ),
        ProblemKind::BeforeEntry {
            participant,
            record,
            date,
            entry,
        } => i18n.tr_args(
            "problem-before-entry",
            &[
                ("record", record.as_str().into()),
                ("date", crate::words::date(*date).into()),
                ("participant", participant.as_str().into()),
                ("entry", crate::words::date(*entry).into()),
            ],
        ),
    };
    located(&problem.path, problem.position, &what)
}

/// A command-line mistake, as a sentence.
pub fn usage_error(i18n: &I18n, error: &UsageError) -> String {
    match error {
        UsageError::UnknownCommand(c) => {
            i18n.tr_args("usage-unknown-command", &[("command", c.as_str().into())])
        }
        UsageError::UnknownOption(o) => {
            i18n.tr_args("usage-unknown-option", &[("option", o.as_str().into())])
        }
        UsageError::MissingValue(o) => {
            i18n.tr_args("usage-missing-value", &[("option", (*o).into())])
        }
        UsageError::MissingArgument(what) => {
            i18n.tr_args("usage-missing-argument", &[("what", i18n.tr(what).into())])
        }
        UsageError::Unexpected(a) => {
            i18n.tr_args("usage-unexpected", &[("arg", a.as_str().into())])
        }
        UsageError::BadLang(l) => i18n.tr_args("usage-bad-lang", &[("lang", l.as_str().into())]),
        UsageError::BadId(e) => {
            i18n.tr_args("usage-bad-id", &[("reason", id_error(i18n, e).into())])
        }
        UsageError::BadDate(text) => {
            i18n.tr_args("usage-bad-date", &[("date", text.as_str().into())])
        }
        UsageError::BadAddress(text) => {
            i18n.tr_args("usage-bad-address", &[("address", text.as_str().into())])
        }
        UsageError::BadFormat(text) => {
            i18n.tr_args("usage-bad-format", &[("format", text.as_str().into())])
        }
    }
}

/// Why `atelier plugin new` wrote nothing, as a sentence.
pub fn kit_error(i18n: &I18n, error: &crate::plugins::kit::KitError) -> String {
    use crate::plugins::kit::KitError;
    match error {
        KitError::BadId(id) => i18n.tr_args("plugin-new-bad-id", &[("id", id.as_str().into())]),
        KitError::NotEmpty(path) => {
            i18n.tr_args("plugin-new-not-empty", &[("path", path.as_path().into())])
        }
        KitError::NoSource => i18n.tr("plugin-new-no-source"),
        KitError::NotASource(path) => {
            i18n.tr_args("plugin-new-not-source", &[("path", path.as_path().into())])
        }
        KitError::OtherSource {
            path,
            found,
            expected,
        } => i18n.tr_args(
            "plugin-new-other-source",
            &[
                ("path", path.as_path().into()),
                ("found", found.as_str().into()),
                ("expected", expected.as_str().into()),
            ],
        ),
        KitError::Io { path, source } => i18n.tr_args(
            "plugin-new-io",
            &[
                ("path", path.as_path().into()),
                ("reason", source.to_string().into()),
            ],
        ),
    }
}

/// Why a plugin or activity was refused, as a sentence its author can act on.
pub fn refusal(i18n: &I18n, refusal: &crate::plugins::Refusal) -> String {
    use crate::plugins::loader::LoadError;
    use crate::plugins::{Refusal, Source};
    let api = atelier_plugin_api::host::API_VERSION;
    match refusal {
        Refusal::Load(error) => match error {
            LoadError::NotALibrary(detail) => {
                i18n.tr_args("refusal-not-library", &[("detail", detail.as_str().into())])
            }
            LoadError::NoDeclaration => i18n.tr_args(
                "refusal-no-declaration",
                &[(
                    "symbol",
                    atelier_plugin_api::host::DECLARATION_SYMBOL.into(),
                )],
            ),
            LoadError::BadMagic => i18n.tr("refusal-bad-magic"),
            LoadError::Abi { found, expected } => i18n.tr_args(
                "refusal-abi",
                &[
                    ("found", (*found).into()),
                    ("expected", (*expected).into()),
                    ("api", api.into()),
                ],
            ),
            LoadError::Rustc { found, expected } => i18n.tr_args(
                "refusal-rustc",
                &[
                    ("found", found.as_str().into()),
                    ("expected", expected.as_str().into()),
                    ("channel", crate::plugins::kit::toolchain_channel().into()),
                ],
            ),
            LoadError::Api { found, expected } => i18n.tr_args(
                "refusal-api",
                &[
                    ("found", found.as_str().into()),
                    ("expected", expected.as_str().into()),
                ],
            ),
            LoadError::Contract { .. } => i18n.tr_args("refusal-contract", &[("api", api.into())]),
            LoadError::Egui { found, expected } => i18n.tr_args(
                "refusal-egui",
                &[
                    ("found", found.as_str().into()),
                    ("expected", expected.as_str().into()),
                    ("api", api.into()),
                ],
            ),
            LoadError::Profile { found, expected } => i18n.tr_args(
                if expected == "release" {
                    "refusal-profile-release"
                } else {
                    "refusal-profile-debug"
                },
                &[("found", found.as_str().into())],
            ),
            LoadError::SharedCrates(crates) => i18n.tr_args(
                "refusal-shared-crates",
                &[
                    ("crates", crates.join(", ").into()),
                    ("first", crates.first().copied().unwrap_or("egui").into()),
                ],
            ),
            LoadError::Failed(error) => {
                i18n.tr_args("refusal-failed", &[("detail", error.to_string().into())])
            }
            LoadError::BadDescriptor(detail) => i18n.tr_args(
                "refusal-bad-descriptor",
                &[("detail", detail.as_str().into())],
            ),
        },
        Refusal::NotApproved { sha256, changed } => i18n.tr_args(
            if *changed {
                "refusal-changed"
            } else {
                "refusal-not-approved"
            },
            &[("sha256", sha256.as_str().into())],
        ),
        Refusal::DuplicateId { id, first, at } => {
            let first = match first {
                Source::BuiltIn => i18n.tr("plugins-builtin-name"),
                other => other.describe(i18n),
            };
            let sentence = i18n.tr_args(
                "refusal-duplicate",
                &[("id", id.as_str().into()), ("first", first.into())],
            );
            match at {
                Some(at) => i18n.tr_args(
                    "refusal-at-line",
                    &[("line", at.line.into()), ("reason", sentence.into())],
                ),
                None => sentence,
            }
        }
        Refusal::ActivityFile(error) => error.located_message(i18n.locale()),
    }
}

/// A refused plugin or activity file in one line: the file, then why.
pub fn refused_line(i18n: &I18n, refused: &crate::plugins::Refused) -> String {
    let path = refused.path.as_deref().map_or_else(
        || i18n.tr("plugins-builtin-name"),
        |p| p.display().to_string(),
    );
    i18n.tr_args(
        "plugins-refused-line",
        &[
            ("path", path.into()),
            ("reason", refusal(i18n, &refused.refusal).into()),
        ],
    )
}
