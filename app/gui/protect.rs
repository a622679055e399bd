//! The encrypted data folder's screens: making one at the first start (the advisor's name and
//! passphrase, typed twice), its recovery key shown once, and unlocking it — at start, and
//! after the window locked itself when nobody used it for a while. Calm words: a person may
//! be tired, and a forgotten passphrase has a way out (the recovery key).

use zeroize::Zeroize as _;

use super::ctx::Ctx;
use super::intent::Intent;
use super::theme;

/// Making an encrypted folder.
#[derive(Debug, Default)]
pub(crate) struct ProtectScreen {
    name: String,
    passphrase: String,
    again: String,
    error: Option<String>,
}

impl ProtectScreen {
    /// A form with the facilitator's name already in it.
    pub(crate) fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            passphrase: String::new(),
            again: String::new(),
            error: None,
        }
    }

    /// Draws the form.
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        let mut go = None;
        ui.heading(i18n.tr("protect-title"));
        ui.label(i18n.tr("protect-body"));
        ui.add_space(theme::space::ITEM);
        atelier_plugin_api::text_field(ui, &i18n.tr("protect-name"), &mut self.name);
        secret_field(ui, &i18n.tr("protect-passphrase"), &mut self.passphrase);
        let again = secret_field(ui, &i18n.tr("protect-again"), &mut self.again);
        let enter = entered(ui, &again);
        ui.weak(i18n.tr_args(
            "protect-hint",
            &[("count", sessions::vault::MIN_PASSPHRASE_CHARS.into())],
        ));
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().warn_fg_color, error);
        }
        ui.horizontal_wrapped(|ui| {
            if theme::icon_button(ui, theme::icons::ICON_LOCK, &i18n.tr("protect-create")).clicked()
                || enter
            {
                self.error = refused(i18n, &self.name, &self.passphrase, &self.again);
                if self.error.is_none() {
                    go = Some(Intent::CreateEncrypted {
                        name: self.name.trim().to_owned(),
                        passphrase: std::mem::take(&mut self.passphrase),
                    });
                    self.again.zeroize();
                }
            }
            if ui.button(i18n.tr("cancel")).clicked() {
                go = Some(Intent::Welcome);
            }
        });
        go
    }
}

impl Drop for ProtectScreen {
    fn drop(&mut self) {
        self.passphrase.zeroize();
        self.again.zeroize();
    }
}

/// The recovery key, shown once after the folder is made.
#[derive(Debug)]
pub(crate) struct RecoveryScreen {
    key: String,
}

impl RecoveryScreen {
    /// Shows `key`.
    pub(crate) fn new(key: &sessions::vault::RecoveryKey) -> Self {
        Self {
            key: key.as_str().to_owned(),
        }
    }

    /// Draws the key, large, and the way on.
    pub(crate) fn ui(&self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        ui.heading(i18n.tr("recovery-title"));
        ui.label(i18n.tr("recovery-body"));
        ui.add_space(theme::space::ITEM);
        theme::card(ui).show(ui, |ui| {
            let key = ui.add(
                egui::Label::new(
                    egui::RichText::new(&self.key)
                        .monospace()
                        .size(theme::text::SECTION),
                )
                .selectable(true),
            );
            atelier_plugin_api::label_widget(
                ui,
                &key,
                &i18n.tr_args("recovery-key-label", &[("key", self.key.as_str().into())]),
            );
        });
        ui.add_space(theme::space::ITEM);
        ui.label(i18n.tr("recovery-keep"));
        let mut go = None;
        ui.horizontal_wrapped(|ui| {
            if theme::icon_button(ui, theme::icons::ICON_PRINT, &i18n.tr("recovery-print"))
                .clicked()
            {
                go = Some(Intent::PrintRecovery);
            }
            if theme::icon_button(ui, theme::icons::ICON_CHECK, &i18n.tr("recovery-done")).clicked()
            {
                go = Some(Intent::Home);
            }
        });
        go
    }

    /// The key as a page to print: the folder, the day, the key, what to do with it.
    fn page(&self, i18n: &crate::i18n::I18n, folder: &std::path::Path, today: &str) -> String {
        let escape = crate::printable::escape;
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             <style>body{{font-family:sans-serif;max-width:40em;margin:2em auto;font-size:14pt}}\
             .key{{font-family:monospace;font-size:18pt;border:2px solid #000;padding:1em;\
             word-break:break-all}}</style></head><body>\n<h1>{title}</h1>\n<p>{folder}</p>\n\
             <p class=\"key\">{key}</p>\n<p>{keep}</p>\n</body></html>\n",
            lang = i18n.locale().code(),
            title = escape(&i18n.tr("recovery-title")),
            folder = escape(&i18n.tr_args(
                "recovery-page-folder",
                &[("path", folder.into()), ("date", today.into())],
            )),
            key = escape(&self.key),
            keep = escape(&i18n.tr("recovery-keep")),
        )
    }
}

impl super::AtelierApp {
    /// Writes the recovery key as a page to print into a folder the person chooses, and says
    /// that the file is to be deleted once printed.
    pub(super) fn print_recovery(&mut self) {
        let super::Screen::Recovery(screen) = &self.screen else {
            return;
        };
        let today = crate::words::date(self.now().date_naive());
        let mut page = screen.page(&self.i18n, &self.config.data_dir, &today);
        let picked = match self.config.folder_picker.pick() {
            super::Picked::Chosen(dir) | super::Picked::Fallback(dir) => dir,
            super::Picked::Cancelled => return,
        };
        let name = if self.i18n.locale() == crate::i18n::Locale::Fr {
            "cle-de-secours-atelier.html"
        } else {
            "atelier-recovery-key.html"
        };
        let path = picked.join(name);
        let written = sessions::write_file_atomic(&path, page.as_bytes());
        page.zeroize();
        match written {
            Ok(()) => {
                let text = self
                    .i18n
                    .tr_args("recovery-printed", &[("path", path.as_path().into())]);
                self.say(text);
            }
            Err(error) => {
                let text = crate::messages::store_error(&self.i18n, &error);
                self.warn(text);
            }
        }
    }
}

impl Drop for RecoveryScreen {
    fn drop(&mut self) {
        self.key.zeroize();
    }
}

/// Unlocking an encrypted folder.
#[derive(Debug, Default)]
pub(crate) struct UnlockScreen {
    secret: String,
    /// With the recovery key rather than a passphrase.
    recovery: bool,
    /// Why the last try did not open, or why the window locked.
    said: Option<(String, bool)>,
    /// The field takes the keyboard again (after a try that did not open).
    refocus: bool,
}

impl UnlockScreen {
    /// The screen, saying `why` first (the window locked itself), if anything.
    pub(crate) fn new(why: Option<String>) -> Self {
        Self {
            secret: String::new(),
            recovery: false,
            said: why.map(|text| (text, false)),
            refocus: false,
        }
    }

    /// What a failed try said, calmly; the field is emptied.
    pub(crate) fn failed(&mut self, text: String) {
        self.secret.zeroize();
        self.said = Some((text, true));
        self.refocus = true;
    }

    /// Draws the screen.
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>) -> Option<Intent> {
        let i18n = ctx.i18n;
        let mut go = None;
        ui.heading(i18n.tr("unlock-title"));
        ui.label(i18n.tr_args("unlock-body", &[("path", ctx.data_dir.into())]));
        ui.add_space(theme::space::ITEM);
        if let Some((text, warn)) = &self.said {
            let color = if *warn {
                ui.visuals().warn_fg_color
            } else {
                ui.visuals().strong_text_color()
            };
            ui.colored_label(color, text);
        }
        let label = i18n.tr(if self.recovery {
            "unlock-recovery"
        } else {
            "unlock-passphrase"
        });
        let field = secret_field(ui, &label, &mut self.secret);
        if std::mem::take(&mut self.refocus) {
            field.request_focus();
        }
        let enter = entered(ui, &field);
        ui.horizontal_wrapped(|ui| {
            if (theme::icon_button(ui, theme::icons::ICON_LOCK_OPEN, &i18n.tr("unlock-open"))
                .clicked()
                || enter)
                && !self.secret.is_empty()
            {
                go = Some(Intent::Unlock {
                    secret: std::mem::take(&mut self.secret),
                    recovery: self.recovery,
                });
            }
            let other = i18n.tr(if self.recovery {
                "unlock-use-passphrase"
            } else {
                "unlock-use-recovery"
            });
            if ui.link(other).clicked() {
                self.recovery = !self.recovery;
                self.secret.zeroize();
                self.said = None;
            }
        });
        go
    }
}

impl Drop for UnlockScreen {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

/// Why a new way in is refused before anything is written: no name, two different phrases,
/// a phrase too short; `None` when it can be made.
fn refused(i18n: &crate::i18n::I18n, name: &str, passphrase: &str, again: &str) -> Option<String> {
    if name.trim().is_empty() {
        Some(i18n.tr("protect-no-name"))
    } else if passphrase != again {
        Some(i18n.tr("protect-different"))
    } else if passphrase.chars().count() < sessions::vault::MIN_PASSPHRASE_CHARS {
        Some(i18n.tr_args(
            "protect-short",
            &[("count", sessions::vault::MIN_PASSPHRASE_CHARS.into())],
        ))
    } else {
        None
    }
}

/// A masked field named `label`.
fn secret_field(ui: &mut egui::Ui, label: &str, secret: &mut String) -> egui::Response {
    let name = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(secret)
            .password(true)
            .char_limit(512)
            .desired_width(ui.available_width().min(480.0)),
    )
    .labelled_by(name.id)
}

/// Whether Enter was pressed in `field`.
fn entered(ui: &egui::Ui, field: &egui::Response) -> bool {
    field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// How long a locked window waits for nobody to use it, in seconds, when the settings say
/// nothing else.
pub(crate) const LOCK_AFTER_SECONDS: u32 = 10 * 60;

impl super::AtelierApp {
    /// Makes the (new, empty) data folder encrypted and opens it; shows its recovery key once.
    pub(super) fn create_encrypted(&mut self, name: &str, mut passphrase: String) {
        let made = sessions::Store::create_encrypted(
            &self.config.data_dir,
            name,
            &passphrase,
            sessions::vault::KdfCost::DEFAULT,
        );
        passphrase.zeroize();
        match made {
            Ok((store, recovery)) => {
                self.settings.facilitator = name.to_owned();
                self.save_settings();
                self.use_store(store);
                self.screen = super::Screen::Recovery(Box::new(RecoveryScreen::new(&recovery)));
            }
            Err(error) => {
                let text = crate::messages::store_error(&self.i18n, &error);
                self.warn(text);
            }
        }
    }

    /// Unlocks the encrypted data folder; a wrong secret is said on the unlock screen.
    pub(super) fn unlock(&mut self, mut secret: String, recovery: bool) {
        let root = self.config.data_dir.clone();
        let opened = if recovery {
            sessions::Store::unlock_with_recovery(root, &secret)
        } else {
            sessions::Store::unlock(root, &secret)
        };
        secret.zeroize();
        match opened {
            Ok(store) => {
                self.notice = None;
                self.use_store(store);
            }
            Err(error) => {
                let text = crate::messages::store_error(&self.i18n, &error);
                if let super::Screen::Unlock(screen) = &mut self.screen {
                    screen.failed(text);
                }
            }
        }
    }

    /// Locks the encrypted data folder: the journey on screen and the running session's draft
    /// are written first (sealed), the session closes (its draft waits on Home), the projector
    /// with it, and the folder key leaves memory. `why` is said on the unlock screen.
    pub(super) fn lock(&mut self, why: Option<String>) {
        if !self
            .store
            .as_ref()
            .is_some_and(sessions::Store::is_encrypted)
        {
            return;
        }
        self.save_journey(true);
        if let (Some(session), Some(autosave)) = (&mut self.session, &self.autosave) {
            session.checkpoint();
            autosave.save(session.draft());
            autosave.flush();
        }
        self.session = None;
        self.phones = None;
        self.projector = super::ProjectorState::default();
        self.autosave = None;
        self.home_load = None;
        self.app_lock = None;
        self.store = None;
        self.home = sessions::HomeData::default();
        self.screen = super::Screen::Unlock(Box::new(UnlockScreen::new(why)));
    }

    /// Locks an encrypted folder nobody used for the settings' delay.
    pub(super) fn lock_when_idle(&mut self, ctx: &egui::Context) {
        let encrypted = self
            .store
            .as_ref()
            .is_some_and(sessions::Store::is_encrypted);
        let now = ctx.input(|i| i.time);
        let used = ctx.input(|i| !i.events.is_empty() || i.pointer.is_moving());
        if used || !encrypted {
            self.last_used = now;
        }
        let after = self.settings.lock_after_seconds;
        if !encrypted || after == 0 {
            return;
        }
        let idle = now - self.last_used;
        if idle >= f64::from(after) {
            let minutes = after.div_ceil(60);
            let why = self
                .i18n
                .tr_args("unlock-idle", &[("minutes", (minutes as usize).into())]);
            self.lock(Some(why));
        } else {
            // Look again when the delay is over, even if nothing moves.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                f64::from(after) - idle + 0.1,
            ));
        }
    }
}

/// Who can open the encrypted folder, in the settings: each advisor (who can be removed but
/// the last), and a colleague added with their own passphrase.
#[derive(Debug, Default)]
pub(crate) struct AdvisorsForm {
    names: Vec<String>,
    name: String,
    passphrase: String,
    again: String,
    error: Option<String>,
}

impl Drop for AdvisorsForm {
    fn drop(&mut self) {
        self.passphrase.zeroize();
        self.again.zeroize();
    }
}

impl AdvisorsForm {
    /// The form for the folder's advisors, by name.
    pub(crate) fn new(names: Vec<String>) -> Self {
        Self {
            names,
            name: String::new(),
            passphrase: String::new(),
            again: String::new(),
            error: None,
        }
    }

    /// Draws the list and the form.
    pub(crate) fn ui(&mut self, ui: &mut egui::Ui, i18n: &crate::i18n::I18n) -> Option<Intent> {
        let mut go = None;
        theme::section_ui(ui, &i18n.tr("advisors-title"));
        ui.label(i18n.tr("advisors-body"));
        let last = self.names.len() <= 1;
        for name in &self.names {
            ui.horizontal_wrapped(|ui| {
                ui.label(name);
                let remove = ui.add_enabled(
                    !last,
                    egui::Button::new(
                        i18n.tr_args("advisors-remove", &[("name", name.as_str().into())]),
                    ),
                );
                if remove.clicked() {
                    go = Some(Intent::RemoveAdvisor(name.clone()));
                }
            });
        }
        ui.add_space(theme::space::ITEM);
        ui.strong(i18n.tr("advisors-add-title"));
        atelier_plugin_api::text_field(ui, &i18n.tr("advisors-name"), &mut self.name);
        secret_field(ui, &i18n.tr("advisors-passphrase"), &mut self.passphrase);
        let again = secret_field(ui, &i18n.tr("advisors-again"), &mut self.again);
        let enter = entered(ui, &again);
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().warn_fg_color, error);
        }
        if ui.button(i18n.tr("advisors-add")).clicked() || enter {
            self.error = refused(i18n, &self.name, &self.passphrase, &self.again);
            if self.error.is_none() {
                go = Some(Intent::AddAdvisor {
                    name: self.name.trim().to_owned(),
                    passphrase: std::mem::take(&mut self.passphrase),
                });
                self.again.zeroize();
            }
        }
        go
    }
}

impl super::AtelierApp {
    /// Lets a colleague open the encrypted folder with their passphrase; the settings again.
    pub(super) fn add_advisor(&mut self, name: &str, mut passphrase: String) {
        let added = self
            .store
            .as_ref()
            .map(|store| store.add_advisor(name, &passphrase, sessions::vault::KdfCost::DEFAULT));
        passphrase.zeroize();
        self.after_advisors(added, "advisors-added", name);
    }

    /// Takes an advisor's way in away; the settings again.
    pub(super) fn remove_advisor(&mut self, name: &str) {
        let removed = self.store.as_ref().map(|store| store.remove_advisor(name));
        self.after_advisors(removed, "advisors-removed", name);
    }

    fn after_advisors(
        &mut self,
        done: Option<Result<(), sessions::StoreError>>,
        said: &str,
        name: &str,
    ) {
        match done {
            Some(Ok(())) => {
                self.apply(Intent::Settings);
                let text = self.i18n.tr_args(said, &[("name", name.into())]);
                self.say(text);
            }
            Some(Err(error)) => {
                let text = crate::messages::store_error(&self.i18n, &error);
                self.warn(text);
            }
            None => {}
        }
    }
}
