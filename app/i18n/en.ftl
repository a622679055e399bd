# Atelier — English texts.

## Command-line help
cli-help =
    Atelier — collective sessions and guided exercises for supported employment.

    Usage:
      atelier [OPTIONS]                                    opens the app
      atelier check [--repair]                             checks the data folder and its activity files
      atelier check FILE.ron                               checks one activity file (see ACTIVITIES.md)
      atelier plugins                                      lists activities and refused plugins
      atelier plugins --trust FILE                         approves a plugin of the data folder
      atelier plugin new ID [--dir FOLDER] [--atelier-src FOLDER]
                                                           writes a plugin to build outside Atelier
      atelier plugin check FILE                            says whether this Atelier accepts a library, and if not why
      atelier report [--from DATE] [--to DATE] [--format html|md|csv|csv-people|fidelity] [--out FILE]
                                                           the service's activity over a period (default: this year)
      atelier demo FOLDER [--large]                        creates a demo data folder (--large: 1,000 people, 50,000 sessions)
      atelier export --participant ID --to FOLDER          exports everything about one person
      atelier erase --participant ID [--yes]               erases one person (GDPR)
      atelier encrypt [--name NAME]                        encrypts the data folder (or finishes it), then checks it
      atelier decrypt                                      puts the data folder back in clear (or finishes it), then checks it
      atelier migrate --from-folder FOLDER --to ADDRESS    copies a data folder into the service's database, then checks both
      atelier migrate --from ADDRESS --to-folder FOLDER    copies the database into a new data folder, then checks both
      atelier database setup                               makes (or updates) the service's database, with an administrator's address
      atelier database add-person NAME [--coordinator]     gives a person their own account (password: --passphrase-file)
      atelier database audit [--participant ID]            the audit log (who read or changed what, when)
      atelier send                                         sends the sessions kept on this computer while offline to the database

    Options:
      --data-dir FOLDER    data folder (else ATELIER_DATA_DIR, else the usual folder)
      --database ADDRESS   the service's PostgreSQL database (else ATELIER_DATABASE, else the settings); the data folder then keeps this computer's drafts
      --lang fr|en         language
      --passphrase-file FILE  an encrypted folder's passphrase, on the first line (else ATELIER_PASSPHRASE)
      --plugin-dir FOLDER  one more plugin folder, one you name yourself (repeatable)
      --phones-address ADDRESS  where participants' phones connect (default: the computer's address on the local network)

    Settings (language, approved plugins) are in ATELIER_SETTINGS, else in the computer's
    usual settings folder.
      -h, --help           this help
      --version            Atelier's version
cli-help-plugin =
    Atelier — plugins (the whole guide: PLUGINS.md).

    Usage:
      atelier plugin new ID [--dir FOLDER] [--atelier-src FOLDER]
          writes into FOLDER (default ./ID) a plugin ready to build outside Atelier: its code,
          its texts in French and English, its tests. ID: lowercase letters, digits and "_".
          --atelier-src: Atelier's sources, when they are not downloaded.
      atelier plugin check FILE
          says whether this Atelier accepts the library FILE (.so, .dll, .dylib), and if not
          what differs (compiler, version, build options).
      atelier plugins
          lists the activities and the refused plugins, with the reason.
      atelier plugins --trust FILE
          approves a plugin of the data folder (it runs only once approved).
cli-gui-failed = Atelier's window could not open: { $reason }
cli-usage-hint = Type "atelier --help" to see the commands.

## Usage errors
usage-unknown-command = Unknown command: "{ $command }".
usage-unknown-option = Unknown option: "{ $option }".
usage-missing-value = The option { $option } needs a value.
usage-missing-argument = Missing { $what }.
usage-unexpected = Unexpected: "{ $arg }".
usage-bad-lang = Unknown language: "{ $lang }". Choose fr or en.
usage-bad-id = Id refused: { $reason }
usage-bad-date = Date not understood: "{ $date }". Write it 2026-01-31 or 31/01/2026.
usage-bad-format = Unknown format: "{ $format }". Choose html, md, csv (one row per session), csv-people (one row per person, without names) or fidelity (the fidelity review's grid).
usage-bad-address = Unknown address: "{ $address }". Write an IP address, for example 192.168.1.20 or 192.168.1.20:8080.
what-participant = the option --participant ID
what-to = the option --to FOLDER
what-plugin-id = the activity's id (atelier plugin new ID), for example network_map
what-plugin-file = the library file (atelier plugin check FILE)
what-plugin-command = the command: atelier plugin new ID, or atelier plugin check FILE
cli-no-database = No database is given: --database ADDRESS (or ATELIER_DATABASE).
cli-db-setup = Database { $address } ready (schema version { $version }; { $applied ->
    [0] nothing to change
    [one] one step applied
   *[other] { $applied } steps applied
}).
cli-db-advisor-added = { $name } can connect to { $address } as an advisor, with their own account.
cli-db-coordinator-added = { $name } can connect to { $address } as a coordinator (also reads the audit log).
cli-sent = { $sent ->
    [0] No session sent
    [one] One session sent
   *[other] { $sent } sessions sent
}; { $left ->
    [0] none is left to send.
    [one] one is still on this computer.
   *[other] { $left } are still on this computer.
}
cli-migrated = Copied: { $journeys } journeys, { $records } sessions, { $years } years of service time.
cli-migrate-verified = Checked on both sides: { $journeys } journeys and { $records } sessions on each, no problem.
cli-migrate-source-not-clean = Where the data comes from has { $count } problems: run "atelier check" there first. Nothing was copied.
cli-migrate-not-empty = { $place } already holds journeys or sessions: Atelier copies only into an empty place. Nothing was copied.
what-migrate-from = where the data comes from: --from-folder FOLDER or --from ADDRESS
what-migrate-to = where the data goes: --to ADDRESS or --to-folder FOLDER
what-role-name = the account's name (atelier database add-person NAME)
what-database-command = the command: atelier database setup, add-person NAME or audit
what-demo-dir = the folder to write the demo into (atelier demo FOLDER)

## Ids
id-empty = it is empty.
id-too-long = it is longer than { $max } characters.
id-separator = "{ $id }" contains a path separator.
id-parent = "{ $id }" would leave the data folder.
id-nul = it contains a NUL character.
id-reserved = "{ $id }" is a name Windows reserves.
id-invalid-char = "{ $id }" contains "{ $char }"; only lowercase letters without accents, digits, "-" and "_" are allowed.
id-wrong-prefix = "{ $id }" should start with "{ $prefix }".

## Data folder errors
err-missing-data-dir = The data folder { $path } does not exist. Create one with "atelier demo { $path }" to try Atelier out, or give the right folder with --data-dir.
err-no-data-dir = Could not find the usual data folder on this computer. Give one with --data-dir or ATELIER_DATA_DIR.
err-io = { $path }: cannot be read or written ({ $detail }).
err-io-full = The disk is full: { $path } could not be written. Free some space, or choose another folder.
err-io-denied = Atelier may not write to { $path }: the folder is read-only, or your rights on this computer do not allow it. Ask for write access, or choose another folder.
err-io-gone = { $path } cannot be found: the data folder may have been moved, or its disk (USB key, network drive) is no longer connected. Connect it again: Atelier finds it by itself.
err-conflict = { $path } was changed elsewhere since it was opened (another window or a colleague). Nothing was overwritten: open the journey again and redo the change.
err-exists = { $path } already exists; nothing was overwritten.
err-unknown-participant = No journey for the id { $id }.
err-bad-file-name = { $path }: file name refused: { $reason }
err-busy = Another program is writing to the data folder (lock { $path }, waited { $seconds } s). Nothing was written and nothing is lost: try again in a moment.
err-in-use = Another Atelier already has the folder { $path } open. This window opens it read-only: you can look at everything, nothing will be saved to it.
err-read-only = The folder { $path } is open read-only because another Atelier is using it. Nothing was written. Close the other Atelier, then choose "Try again".
read-only-banner = Read-only: another Atelier has this folder open. You can look at everything; nothing will be saved from here.
err-not-writable = The folder { $path } is open read-only: Atelier may not write to it (a read-only disk or share, or your account's rights). Nothing was written. Ask for write access, then choose "Try again".
err-symlink = { $path } is a symbolic link: Atelier neither reads nor writes through a link, since the real file could be outside the data folder, where erasing and protection do not reach. Replace the link with the real file or folder.
err-locked = The folder { $path } is encrypted: it opens with a colleague's passphrase or with the recovery key.
err-vault-wrong-secret = This passphrase (or recovery key) does not open the encrypted folder ({ $path }). Check it, capitals included, then try again.
err-vault-not-encrypted = { $path } is not encrypted though the folder is: Atelier does not read it. Run "atelier check" to find where it comes from.
err-vault-too-large = { $path } is larger than Atelier reads for this kind of file: it is not decrypted.
err-vault-newer = { $path } was encrypted by a newer Atelier: update Atelier to read it.
err-vault-tampered = { $path } does not open: it was changed, cut, or comes from another folder or place. Nothing of it is read; the rest of the folder can still be used.
read-only-banner-not-writable = Read-only: Atelier may not write to this folder. You can look at everything; nothing will be saved here.
read-only-retry = Try again
refusal-not-approved = not approved yet, so not started. A library runs its code with your rights: Atelier waits until a person approves it (Settings, or "atelier plugins --trust FILE"). SHA-256 fingerprint: { $sha256 }.
refusal-changed = changed since it was approved, so not started. If your technical team gave you this new version, approve it again (Settings, or "atelier plugins --trust FILE"). SHA-256 fingerprint: { $sha256 }.
plugins-approve = Approve…
plugins-approve-for = Approve the library { $path }
plugins-approve-confirm = Atelier will run the program { $path } with your rights on this computer. Approve it only if your technical team gave it to you. SHA-256 fingerprint: { $sha256 }
plugins-approve-yes = Yes, I approve this file
plugins-approved = { $path } is approved and loaded.
plugins-heading-waiting = Waiting for your approval:
plugins-heading-approved = Libraries approved on this computer:
plugins-approved-line = { $path } — approved on { $date } (fingerprint { $sha256 }…)
plugins-revoke = Withdraw approval
plugins-revoked = Approval withdrawn: the library will no longer be started.
plugins-trusted = Approved: { $path } (SHA-256 { $sha256 }). The approval is kept in { $settings }; the library will load at the next start.
err-no-settings = Could not find the settings folder on this computer. Give a settings file with ATELIER_SETTINGS.
err-db-bad-address = The database address is not valid: { $detail }
err-db-offline = The database { $address } does not answer (no network, or the server is stopped). Nothing is lost: a session saved meanwhile stays on this computer and is sent as soon as the database answers. Detail: { $detail }
err-db-refused = The database { $address } refused the connection: { $detail }. Check the account name and its password (the ~/.pgpass file, or PGPASSWORD).
err-db-not-allowed = Your account may not do that in the database { $address }: { $detail }
err-db-schema-old = The database { $address } is not ready for this Atelier (schema version { $found }, { $needed } is needed): whoever administers it runs "atelier database setup".
err-db-schema-new = The database { $address } was updated for a newer Atelier (schema version { $found }): install the newer Atelier.
err-db-changed-migration = In the database { $address }, step { $version } of the schema differs from this Atelier's: nothing was changed. Check that the whole service has the same Atelier.
err-db-tls = The encrypted connection to the database could not be made: { $detail }. The server's certificate must be signed by the authority that sslrootcert=FILE names in the address (see the README).
err-db-server = The database { $address } answered: { $detail }
err-crash = Save interrupted (simulated failure).
err-demo-not-empty = The folder { $path } already holds journeys. Choose an empty or new folder.

## Unreadable files
format-empty = the file is empty
syntax-end = the text stops before its end (the file may have been cut short)
syntax-trailing = something follows the end of the data
syntax-unclosed = a bracket or a quote is not closed
syntax-comma = a comma is missing
syntax-unknown-field = unknown field "{ $field }" (a typo?)
syntax-missing-field = the field "{ $field }" is missing
syntax-duplicate-field = the field "{ $field }" appears twice
syntax-wrong-type = a value of another kind than expected (expected: { $expected }; found: { $found })
syntax-unknown-choice = unknown choice "{ $found }"
syntax-number = a number is too large or too small
syntax-char = unexpected character "{ $char }"
syntax-not-utf8 = the file is not valid UTF-8 text
syntax-id-mismatch = the id written in the file ({ $id }) is not the one of its name
format-syntax = { $detail }
format-newer = this file comes from a newer Atelier (format { $found }; this one reads format { $supported }); update Atelier. The file was not changed.
format-too-old = this file's format ({ $found }) is too old for this version (format { $supported }).
format-too-large = the file is { $size } MB, more than the { $max } MB allowed for its kind.
format-too-long = the field "{ $field }" has { $chars } characters, more than the { $max } allowed.
format-too-many = the list "{ $field }" has more than { $max } items.
format-too-deep = the file is nested more than { $max } levels deep.
format-left-untouched = It was not read and is left untouched; the rest of Atelier works as usual.
format-not-written = nothing was saved: { $reason } Shorten the text, then save again; what is on screen is kept.
format-write = could not prepare the data for writing ({ $detail })

## check
problem-io = unreadable ({ $detail })
problem-wrong-folder = this record belongs in { $folder }
problem-missing-link = the journey of { $participant } has no link yet to record { $record } (a save was interrupted; repairable)
problem-unknown-participant = participant { $participant } has no journey
problem-dangling-link = links to record { $record }, which does not exist
problem-not-listed = links to record { $record }, which does not list this person
problem-temp-file = temporary file left by an interrupted save; the real file is intact (repairable)
problem-stale-index = the summary of { $year }'s sessions no longer matches the records, which are what counts (repairable: it is rebuilt from them)
problem-symlink = a symbolic link to { $target }: Atelier neither reads nor writes through a link (the real file could be outside the folder, where erasing and protection do not reach); replace it with the real file or folder
problem-open-to-others = other accounts of this computer can read the data folder, which holds health data (repairable: it is closed to them)
problem-before-entry = Session { $record } is dated { $date }, before { $participant } entered the service (on { $entry }). If the person came back after an exit, keep the first entry date and record the return with "Come back to the service"; otherwise, correct the date.
problem-same-session = a second record of session { $record } (same activity, start and people), saved twice: it would count twice in reports (repairable: this second record and its links are removed, the first one stays)
problem-same-session-differs = a second record of session { $record } (same activity, start and people), but the two do not say the same: compare them and keep the right one; it counts twice in reports while both stay
check-summary = { $journeys ->
        [one] { $journeys } journey
       *[other] { $journeys } journeys
    }, { $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $drafts ->
        [one] { $drafts } draft
       *[other] { $drafts } drafts
    }: { $problems ->
        [0] no problems.
        [one] 1 problem
       *[other] { $problems } problems
    }{ $problems ->
        [0] {""}
       *[other] { $repairable ->
            [0] .
           *[other] , { $repairable } repairable with "atelier check --repair".
        }
    }
repair-fixed = repaired: { $problem }
repair-failed = could not repair: { $problem } ({ $reason })
repair-summary = { $fixed ->
    [one] { $fixed } problem repaired.
   *[other] { $fixed } problems repaired.
}

## demo, export, erase
demo-done = Demo data written to { $path }: { $participants } participants, { $sessions } sessions. Open it with "atelier --data-dir { $path }".
export-done = Export of { $id } written to { $path } ({ $files } files).
erase-confirm = Permanently erase { $name } ({ $id }) and their part of { $records ->
    [one] { $records } record
   *[other] { $records } records
}? Type "yes" to confirm:
erase-needs-yes = To erase without a question, add --yes (no question can be asked here).
erase-cancelled = Nothing was erased.
erase-done = { $id } was erased: journey removed, { $removed ->
    [one] { $removed } one-to-one session deleted
   *[other] { $removed } one-to-one sessions deleted
}, taken out of { $records ->
    [one] { $records } group record
   *[other] { $records } group records
} and { $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
}. The anonymous content of sessions is kept.
erase-copies-removed = { $count ->
    [one] One more file of the folder that held their data was erased too.
   *[other] { $count } more files of the folder that held their data were erased too.
}
erase-not-erased = Not erased, to do yourself: { $path } ({ $why }).
erase-not-link = it is a symbolic link to { $target }: Atelier does not follow links, the real file was neither read nor erased
erase-not-mentioned = the journey of { $other } names this person in a text written by hand
erase-not-unreadable = the file holds their id but cannot be read: { $detail }
erase-copy-outside = A copy given outside the data folder still exists: { $path }. Atelier does not erase it: delete it if the person asks.
erase-yes-word = yes

## Running session
session-crashed-title = The activity "{ $activity }" stopped.
session-crashed-body = What had been saved is kept. You can end the session and save it as usual; the app keeps working.
session-crashed-details = Details for the technical team
session-crashed-panicked = The plugin stopped unexpectedly: { $detail }
session-crashed-refused = The plugin refused: { $detail }

## Activities and plugins
plugins-builtin = comes with Atelier
plugins-heading-installed = Available activities:
plugins-heading-refused = Refused plugins and activity files:
plugins-none = No activity is installed.
plugins-refused-line = { $path }: { $reason }
plugins-builtin-name = (comes with Atelier)
plugins-shipped-file = file shipped with Atelier: { $name }
refusal-at-line = line { $line }: { $reason }
activities-reload = Reload the activities
activities-reload-hint = After changing an activity file in { $dir }.
activities-reloaded = Activities reloaded: { $ready } available{ $refused ->
        [0] .
        [one] , 1 file set aside: Settings says why.
       *[other] , { $refused } files set aside: Settings says why.
    }
check-activity-ready = { $path }: "{ $name }" ({ $id }) is ready.
check-activity-file-ok = { $path }: "{ $name }" ({ $id }) is ready, { $steps ->
        [one] 1 step
       *[other] { $steps } steps
    }, { $fields ->
        [0] no fields
        [one] 1 field
       *[other] { $fields } fields
    }.
check-activities-summary = Activity files: { $ready } ready, { $refused } refused.
setup-activity-files-refused = { $count ->
        [one] An activity file could not be read: Settings says why.
       *[other] { $count } activity files could not be read: Settings says why.
    }
refusal-not-library = this file is not a loadable library ({ $detail }).
refusal-no-declaration = not an Atelier plugin (no { $symbol } declaration; use export_activity!).
refusal-bad-magic = the declaration does not start with Atelier's signature.
refusal-abi = made for another version of Atelier (binary interface { $found }, this one uses { $expected }). Write its build files again with "atelier plugin new" of this Atelier (interface { $api }), then rebuild it.
refusal-rustc = compiled with { $found }; this Atelier was compiled with { $expected }. Keep the rust-toolchain.toml that "atelier plugin new" wrote (it asks for { $channel }), install that compiler (rustup toolchain install { $channel }), then rebuild.
refusal-api = built against plugin interface { $found }; this Atelier uses { $expected }. In the plugin's Cargo.toml, point atelier_plugin_api at the source of Atelier { $expected } (atelier plugin new --atelier-src FOLDER writes it), then rebuild.
refusal-egui = built with egui { $found }; Atelier uses { $expected }. Do not change egui's version: use the one plugin interface { $api } pins (remove egui from the plugin's dependencies or write egui = "={ $expected }"), then rebuild.
refusal-contract = built against another state of plugin interface { $api } than this Atelier (its types have changed since). Rebuild it against the exact source this Atelier was built from (atelier plugin new --atelier-src FOLDER).
refusal-profile-release = compiled in { $found } mode; this Atelier is an optimised build. Build the plugin with cargo build --release.
refusal-profile-debug = compiled in { $found } mode; this Atelier is a development build. Build the plugin with cargo build (without --release).
refusal-shared-crates = the libraries it shares with Atelier were not compiled as in Atelier: { $crates } (the first is usually the cause). Keep the Cargo.lock, the [profile] settings and the dependencies that "atelier plugin new" wrote: a dependency you added may switch on another feature of { $first } (cargo tree -e features -i { $first } shows which). Then rebuild.
refusal-failed = the plugin failed while starting: { $detail }
refusal-bad-descriptor = its descriptor is not usable: { $detail }
refusal-duplicate = the id "{ $id }" is already used by { $first }; the first one stays active.

## Session record
record-missing-activity = The activity "{ $activity }" is not installed. This record opens read-only, without the activity's own presentation.
record-missing-activity-file = The file of the activity "{ $activity }" is no longer in the folder; the session reads as it was done.
record-raw-data = Activity data

## Window: navigation
nav-home = Home
nav-settings = Settings
notice-dismiss = Close this message
# Said by screen readers of a collapsible section's header.
a11y-open = open
a11y-closed = closed
back = Back

## Welcome
welcome-title = Welcome to Atelier
welcome-body = The data folder { $path } does not exist yet. You can create it empty to start, or fill it with demo data (fictional people) to try the app.
welcome-create = Create an empty folder
welcome-demo = Try it with demo data
welcome-demo-hint = Ten fictional people, their journeys and a few sessions: to discover Atelier safely. Nothing real is written there.
welcome-create-hint = To start with the people you support. You can also choose another folder in the settings.

## Home
home-loading = Reading the data folder ({ $path })…
home-new-collective = New collective session
home-new-one-to-one = New one-to-one exercise
home-today = Today
home-today-nothing = Nothing pressing today: no session to resume, nobody to contact again, no review overdue.
home-today-contacts = { $count ->
        [one] 1 person to contact again
       *[other] { $count } people to contact again
    }
home-today-contact-line = { $name }: last contact { $days ->
        [one] 1 day ago
       *[other] { $days } days ago
    }
home-today-contact-open = See { $name }'s journey to contact them again
home-today-follow-ups = { $count ->
    [one] 1 thing to look at again
   *[other] { $count } things to look at again
}
home-today-follow-up-line = { $name }: "{ $text }"{ $late ->
        [0] , today
        [one] , 1 day late
       *[other] , { $late } days late
    }
home-today-follow-up-open = See { $name }'s journey for what to look at again
home-today-reviews = { $count ->
        [one] 1 stage review to hold
       *[other] { $count } stage reviews to hold
    }
home-today-review-line = { $name }: review planned for { $date }{ $late ->
        [0] , today
        [one] , 1 day late
       *[other] , { $late } days late
    }
home-today-review-open = Hold the review of "{ $stage }" with { $name }
home-today-more = … and { $count } more in the participants list.
home-today-week = This week
home-today-week-line = { $collective ->
        [0] no collective sessions
        [one] 1 collective session
       *[other] { $collective } collective sessions
    }, { $one_to_one ->
        [0] no one-to-one exercises
        [one] 1 one-to-one exercise
       *[other] { $one_to_one } one-to-one exercises
    }.
home-drafts = Sessions to resume
home-draft-line = { $activity }, saved on { $date } — { $who }
home-draft-resume = Resume
home-draft-discard = Discard
home-participants = Participants
home-search = Search
home-status = Status
home-no-participants = No participant matches.
home-col-name = First name
home-col-status = Status
home-col-last-contact = Last contact
home-contact-unknown = not known here
home-today-offline = Without a connection to the service's database, the reminders (people to contact again, reviews, follow-ups) are not known here: they come back with the connection.
home-never = never
home-start-one-to-one = One-to-one exercise
home-start-one-to-one-for = Start a one-to-one exercise with { $name }
home-all-sessions = All sessions ({ $count })
sessions-title = All sessions
sessions-newer = Newer
sessions-older = Older
sessions-page = Page { $page } of { $pages }
home-recent = Recent sessions
home-sessions-offline = The sessions are in the service's database: they come back with the connection.
home-no-sessions = No session saved yet.
home-record-line = { $date } — { $activity } ({ $mode }, { $count ->
    [one] { $count } participant
   *[other] { $count } participants
})
filter-current = Currently supported
filter-active = Active
filter-on-hold = On hold
filter-exited = Exited
filter-all = Everyone
status-active = Active
status-on-hold = On hold until { $date }
status-exited = Exited on { $date }
mode-collective = collective
mode-one-to-one = one-to-one

## Session setup
setup-title-collective = New collective session
setup-title-one-to-one = New one-to-one exercise
setup-stage-review = Review of the stage "{ $stage }": the decision taken at the end will close this stage in the journey.
setup-activity = Activity
setup-from-file = plugin: { $file }
setup-from-activity-file = activity file: { $file }
setup-no-activity = No activity is available for this kind of session.
setup-participants = Participants
setup-not-named = will not be named on the screen
setup-quick-add = Quickly add a person
setup-first-name = First name
setup-consent-keep = The person agrees that their journey is kept
setup-consent-projector = The person agrees that their first name appears on the projector
setup-consent-needed = Without agreement to keep the journey, the person cannot be added.
setup-add = Add
setup-added = { $name } was added.
setup-place = Place
setup-facilitator = Facilitator
setup-pick-activity = Choose an activity.
setup-need-facilitator = Write who leads the session: it is remembered for the next ones.
setup-need-place = Write where the session takes place: it is remembered for the next ones.
setup-count = This activity takes { $min } to { $max } participants.
setup-start = Start the session
session-save-refused = The activity could not save its state ({ $reason }). The last draft is kept; you can go on.
session-start-failed = The activity could not start: { $reason }
session-resume-missing = This session uses the activity "{ $activity }", which is not installed: it cannot be resumed for now.

## Running session
runner-elapsed = { $minutes } min
runner-participants = With: { $names }
runner-projector-open = Open the projector
runner-projector-close = Close the projector
runner-blank = Blank screen (B)
runner-unblank = Turn the projector back on (B)
runner-fullscreen = Full screen (F5)
runner-previous = Previous
runner-next = Next
runner-follow-up = To look at again with { $name }: "{ $text }" (planned for { $date }).
runner-end = End the session
runner-end-title = End the session now?
runner-end-go-on = Go on with the session
runner-end-anyway = End anyway
runner-key-line = { $key }: { $label }
runner-activity-keys = The activity's keys: { $keys }.
keys-help-title = The session's keys
keys-help-next = Next: Page Down (clicker), right arrow or Space
keys-help-previous = Previous: Page Up (clicker) or left arrow
keys-help-blank = B: black projector screen, and back
keys-help-fullscreen = F5: projector full screen; Esc: leave it
keys-help-help = F1 or ?: open or close this help
runner-keys-help = Next: Page Down, right arrow or Space. Previous: Page Up or left arrow. B: blank screen. F5: full screen. Esc: leave full screen. F1: every key.
runner-keys-title = Keys (F1: all of them)
runner-keys-help-one = Next: Page Down, right arrow or Space. Previous: Page Up or left arrow. F1: every key.
runner-projector-hint = F5 puts the projector full screen on the second screen when there is one. Otherwise, drag its window onto the screen you want, then press F5.
runner-notes = Private notes
runner-notes-private = Never shown on the projector.
runner-notes-field = Your private notes on the session
runner-preview = Projector preview
projector-title = Atelier — projector

## End of session
review-title = End of session: what each person takes away
review-intro = Read with each person what will go into their journey. You can change it or leave it out.
review-title-one = End of the exercise: what { $name } takes away
review-intro-one = Read together what will go into the journey. You can change it or leave it out.
review-takeaway = What { $name } takes away
review-include = Add to { $name }'s journey
review-stage = Review of the stage "{ $stage }", for the journey: { $decision }.
review-stage-next = The next stage, "{ $title }", will be added to the journey{ $date ->
    [none] .
   *[other] , with a review planned on { $date }.
}
review-stage-open = No decision was chosen at the review: the stage "{ $stage }" stays open in the journey. Go back to the session to choose it.
review-save = Save the session
review-back = Back to the session
activity-not-installed = Activity not installed ({ $id })
review-saved-pending = No connection to the service's database: the session is kept on this computer and will be sent as soon as the connection is back. Nothing is lost.
db-offline = The service's database does not answer for now. A session saved stays on this computer and is sent as soon as the connection is back; journeys can be changed once it is.
db-offline-roster = No connection to the service's database: you see the people this computer kept on { $date } at { $time } (first names only, without their journeys). You can run a session: it is kept here and sent as soon as the connection is back.
db-pending = { $count ->
    [one] One session is waiting on this computer to be sent to the service's database.
   *[other] { $count } sessions are waiting on this computer to be sent to the service's database.
}
db-send-now = Send now
db-sent = { $count ->
    [one] The session kept on this computer was sent to the service's database.
   *[other] The { $count } sessions kept on this computer were sent to the service's database.
}
db-not-sent = The session { $session } could not be sent: { $reason } It stays on this computer; nothing is lost.
review-saved = Session saved: { $count ->
    [one] { $count } journey updated.
   *[other] { $count } journeys updated.
}
review-failed = The session could not be saved: { $reason } Nothing is lost: you can try again.

## Session record
record-title = Session of { $date }
record-participants = Participants: { $names }
record-place = Place: { $place }
record-private-notes = Private notes

## Settings
settings-title = Settings
settings-language = Language
settings-facilitator = Your name (proposed as facilitator)
settings-projector = Projector
settings-theme-dark = Light text on a dark background
settings-theme-light = Dark text on a light background
settings-theme-contrast = White and yellow on black (highest contrast)
settings-phones-address = Address for the participants' phones
settings-phones-in-force = In use now: { $address }, the address given when Atelier started (--phones-address). It wins over the choice below, which is used at the next start without it.
settings-phones-automatic = Automatic ({ $address })
settings-phones-network = { $address } (network { $interface })
settings-phones-other = Or an address written here:
settings-phones-address-hint = Automatic: this computer's address on the local network. If the computer is on several networks, choose the room's. A written address may have a port, for example 192.168.1.20:8080.
settings-app-theme = Window colours
settings-window-text-size = Size of text and controls in this window (also Ctrl + and Ctrl -)
settings-app-light = Light
settings-app-dark = Dark
settings-text-size = Projector text size
settings-database = Journeys and sessions are in the service's database: { $address }
settings-database-local = On this computer (drafts, sessions waiting to be sent, plugins): { $path }
settings-database-address = The service's database (if the service has one)
settings-database-help = The address without the password: that goes in this computer's ~/.pgpass file (see the README). The data folder then keeps the drafts and the sessions waiting to be sent.
settings-database-use = Use this database
settings-database-leave = Back to the data folder alone
settings-database-no-password = The password is not kept in the settings: take it out of the address and put it in this computer's ~/.pgpass file.
settings-database-example = postgres://name@server/atelier?sslmode=require
settings-data-dir = Data folder: { $path }
settings-choose-dir = Choose another folder…

## The journey's vocabulary (app/words.rs)
not-given = not given
phase-evaluation = Shared evaluation of the situation
phase-project = Building the work project
phase-job-search = Job search
phase-in-employment = Support in employment
rhythm-weekly = every week
rhythm-fortnightly = every two weeks
rhythm-monthly = every month
rhythm-days = { $days ->
    [one] every day
   *[other] every { $days } days
}
contact-reason-job-search = looking for work
contact-reason-new-job = first month in the job
contact-reason-monthly = at least once a month otherwise
contact-reason-stage = set by the current stage
contact-reason-on-hold = agreed for the time on hold
milestone-work-trial = Work trial (PMSMP)
milestone-training = Training
milestone-volunteering = Volunteering
milestone-job = Job ({ $contract })
contract-cdi = permanent
contract-cdd = fixed-term
contract-interim = temping
contract-alternance = work-study
exit-person-request = at their request
exit-stable-job = stable job
exit-moved-away = moved away
exit-health = health reasons
exit-lost-contact = contact lost despite follow-up
decision-continue = continue: { $frame }
decision-continue-same = continue the support
decision-hand-over = hand over to { $to }
decision-stop = end the support
prescriber-mission-locale = Mission locale
prescriber-mdph = MDPH (CDAPH decision)

## The participant's document (app/printable.rs)
doc-journey-title = My journey — { $name }
doc-session-title = My session of { $date } — { $name }
doc-made-on = Prepared on { $date }
doc-where = Where I am
doc-since = Support started on { $date }
doc-advisor = My advisor: { $name }
doc-phases = At the moment: { $phases }
doc-what-matters = What matters to me
doc-wished-jobs = Jobs I am interested in: { $list }
doc-places = Places: { $list }
doc-strengths = My strengths: { $list }
doc-accommodations = What helps me at work: { $list }
doc-hours = My hours: { $hours }
doc-stages = My stages
doc-objective = Goal: { $text }
doc-objective-measure = {" "}(we will know it is reached when: { $measure })
doc-objective-due = {" "}— by { $date }
doc-action = Action: { $text }
doc-rhythm = Meetings: { $rhythm }
doc-review = Review of { $date }: { $decision }
doc-experiences = My experiences
doc-sessions = My sessions
doc-no-sessions = No session yet.
doc-takeaway = What I take away: { $text }
doc-no-takeaway = Nothing written down for this session.
doc-rights = This information belongs to you. You can ask to see it, correct it or erase it at any time.
doc-file-stem = my-journey

## The journey screen (app/gui/journey.rs, charts.rs)
cancel = Cancel
home-open-journey = Open { $name }'s journey
journey-saved = Everything is saved.
journey-unsaved = Changes in progress: they are saved when you leave the field.
journey-conflict = This journey was changed elsewhere in the meantime. Nothing was overwritten: reload it, then make your changes again.
journey-reload = Reload the journey
journey-advisor-is = followed by { $name }
journey-resume-conditions = Conditions to resume: { $conditions }
journey-phases-now = At the moment: { $phases }
journey-no-contact = No session recorded yet.
journey-last-contact = Last contact on { $date } ({ $days ->
    [0] today
    [one] 1 day ago
   *[other] { $days } days ago
}).
journey-rhythm = Expected rhythm: { $rhythm } ({ $reason }).
journey-overdue = The last contact is older than planned: offer a meeting.
journey-overdue-on-hold = The last contact is older than agreed for the time on hold: it is time for the call planned.
journey-document = Document for the person
journey-document-done = Document written: { $path }
journey-write-to-title = Where should the document be saved?
journey-write-to-why = No folder window could open on this computer. Write the folder to save it in (a USB key, for instance): nothing is written outside the data folder unless you chose where.
journey-write-to-folder = Folder to save in
journey-write-to-confirm = Save in this folder
journey-write-to-empty = First write the folder to save in.
journey-copies = Copies given outside the data folder
journey-copies-hint = Documents and exports written for the person. If everything must be erased, the erasure says which still exist.
journey-copy-document = { $date }: journey document, { $path }
journey-copy-session-document = { $date }: document of one session, { $path }
journey-copy-export = { $date }: full export, { $path }
journey-identity = Identity and referral
journey-display-name = First name used
journey-advisor = Advisor
journey-prescriber = Referred by
journey-prescriber-other = Another service
journey-prescriber-name = Name of the service
journey-entry = Support started on { $date }
journey-consents = Consents
journey-consent-keep = The person agrees that their journey is kept
journey-consent-projector = The person agrees that their first name is shown on the projector
journey-consent-when = Recorded on { $date } by { $who }
journey-consent-withdrawn = Without this consent the journey must not be kept: export what the person wishes to keep, then erase their data (section "Their data").
journey-preferences = What matters to the person
journey-one-per-line = One idea per line.
journey-wished-jobs = Wished jobs
journey-places = Places
journey-strengths = Strengths
journey-accommodations = Helpful accommodations
journey-hours = Wished hours
journey-updated = Updated on { $date }
journey-phases = Phases of support
journey-from-to = from { $start } to { $end }
journey-since = since { $start }
journey-phase-end = End
journey-phase-end-label = End the phase: { $phase }
journey-phase-start = Start a phase:
journey-follow-ups = To look at again
follow-ups-none = Nothing to look at again for now.
follow-up-line = { $text } — { $due ->
        [yes] due since { $date }{ $late ->
            [0] , today
            [one] , 1 day late
           *[other] , { $late } days late
        }
       *[no] due on { $date }
    }
follow-up-done = Done
follow-up-done-label = Looked at with the person: { $text }
follow-up-move = Change the date
follow-up-new-date = New date (DD/MM/YYYY)
follow-up-move-confirm = Keep this date
follow-up-text = What to look at again
follow-up-date = On (DD/MM/YYYY)
follow-up-add = Note
follow-up-no-text = First write what to look at again.
follow-up-bad-date = Write the date like 20/11/2026.
journey-stages = Stages and goals
journey-no-stages = No stage yet.
journey-review = Review
journey-review-label = Review the stage "{ $stage }"
journey-review-no-activity = No stage review activity is available: the "Stage review" activity file may have been replaced by a version without a decision (journey: StageDecision). Put it back, then read the activities again in Settings.
journey-stage-new = New stage
journey-stage-title = Name of the stage
journey-smart-hint = A good goal is specific, measurable, concrete, realistic and dated.
journey-objective = Goal
journey-objective-measure = How will we know it is reached?
journey-objective-due = By when (DD/MM/YYYY)
journey-objective-add = Add the goal
journey-objective-missing = Write the goal first.
journey-actions = Planned actions (one per line)
journey-stage-rhythm = Rhythm of meetings
journey-stage-end = Planned end (DD/MM/YYYY, optional)
journey-stage-add = Add the stage
journey-stage-title-missing = Give the stage a name.
journey-bad-date = A date could not be read: write it as 20/11/2026.
journey-milestones = Experiences
journey-no-milestones = No experience noted yet.
journey-milestone-new = Add an experience
journey-milestone-kind = Kind
journey-milestone-title = Position or title
journey-milestone-employer = Employer or organisation
journey-milestone-start = Start (DD/MM/YYYY)
journey-milestone-end = End (DD/MM/YYYY, optional)
journey-milestone-add = Save the experience
journey-milestone-title-missing = Give the experience a title.
journey-status = Situation and history
journey-hold = Put on hold…
journey-resume = Resume the support…
journey-re-enter = Come back to the service…
journey-re-enter-hint = The person comes back after leaving: a new entry, on its own date. The report counts it as a return (not as a new journey), and the history keeps the exit.
journey-re-enter-date = Date of the return (DD/MM/YYYY)
journey-status-re-entry = Back in the service
journey-exit = Record an exit…
journey-hold-hint = Being on hold is not an exit: it happens only at the person's request, for a written, limited time, with conditions to resume agreed together.
journey-hold-asked = The person asked for this pause
journey-hold-until = Until (DD/MM/YYYY)
journey-hold-conditions = Agreed conditions to resume
journey-hold-check-in = While on hold, keep in touch:
journey-hold-check-in-none = no contact planned
journey-hold-check-in-fortnight = a call every two weeks
journey-hold-check-in-month = a call a month
journey-err-pause-not-active = Only a support in progress can be put on hold.
journey-err-already-exited = This support has already ended.
journey-err-already-active = The support is already in progress.
journey-err-resume-after-exit = After an exit, the person comes back with "Come back to the service", with the date of their return.
journey-err-re-entry-not-exited = Only a person who left the service can come back to it.
journey-err-re-entry-date = The date of the return is written DD/MM/YYYY, between the exit and today.
journey-err-no-stage = This stage no longer exists: open the journey again.
journey-err-already-reviewed = This stage already has its review; it is kept as it is.
journey-err-decision-detail = Say what the decision is: the new frame, or who takes over.
journey-err-ends-before-start = The end date is before the start date.
journey-hold-not-asked = A pause happens only at the person's request.
journey-hold-bad-date = Give an end date in the future, as 20/01/2027.
journey-hold-no-conditions = Write down the conditions to resume agreed with the person.
journey-exit-reason = Reason for the exit
journey-exit-other = Another reason
journey-exit-no-reason = Say what the reason is.
journey-status-note = Remark (optional)
journey-status-save = Save this change
journey-timeline = Sessions and progress
journey-no-sessions = No session yet.
journey-filter = Activity
journey-filter-all = All activities
journey-no-takeaway = (nothing written down)
journey-open-record = Open
journey-open-record-label = Open the record of { $date }: { $activity }
journey-session-document = Document
journey-session-document-label = Document for the person: session of { $date }
journey-private = Private notes
journey-private-hint = Never shown on the projector nor in the person's documents.
journey-private-notes = Private notes on the support
journey-last-name = Last name (private)
journey-gdpr = Their data (GDPR)
journey-export-all = Export all their data…
journey-export-all-hint = A folder with the journey, their part of every session and their readable document.
journey-erase = Erase all of { $name }'s data…
journey-erase-first = This will delete { $name }'s journey and remove them from { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
}. The anonymous content of group sessions stays. Do you want to go on?
journey-erase-second = Last check: erasing is final and cannot be undone. Export first if the person wishes.
journey-erase-confirm-1 = Yes, go on
journey-erase-confirm-2 = Erase for good
erase-done-ui = The data was erased: journey deleted, { $removed ->
    [one] { $removed } one-to-one session deleted
   *[other] { $removed } one-to-one sessions deleted
}, removed from { $records ->
    [one] { $records } group record
   *[other] { $records } group records
} and { $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
}.
chart-title = Progress
chart-point = { $value } on { $date }
chart-values = Values: { $values }
chart-named = Chart: { $title }
doc-session-file-stem = my-session
journey-review-due = The review of this stage was planned for { $date }: it is still to do.
journey-activity-data = { $activity }: ongoing follow-up (updated on { $date })
doc-status-active = Support in progress
doc-status-on-hold = Support paused, at my request, until { $date }
doc-status-exited = Support ended on { $date }
journey-contacts = Contacts outside sessions
journey-contacts-hint = A meeting, a call, a visit at the workplace, a message: they count for the rhythm of contact. A contact with an employer or a partner, without the person, counts in the service's activity.
journey-contact-new = Record a contact…
journey-contact-date = Date (DD/MM/YYYY)
journey-contact-note = What was said (private, optional)
journey-contact-duration = Length in minutes (optional)
journey-contact-add = Save the contact
journey-contact-bad-date = Give a date in the past or today, as 20/11/2026.
journey-contact-no-kind = Choose how the contact happened.
journey-contact-bad-duration = Write the length in minutes, from 1 to 1440 (for example 45), or leave it empty.
journey-contact-minutes = { $minutes } min
contact-meeting = Meeting
contact-call = Phone call
contact-video = Video meeting
contact-workplace = Workplace visit
contact-message = Message with an answer
contact-employer = Contact with an employer (without the person)
contact-partner = Contact with a partner (referrer, care team…)
home-overdue = to contact again
journey-save-failed = The journey could not be saved. { $reason } Your changes are still on screen: try again once the problem is solved.
journey-retry = Try saving again
journey-exit-date = Exit date (DD/MM/YYYY)
journey-exit-bad-date = Give an exit date in the past or today, as 20/11/2026.
journey-consent-history = History of consents:
journey-consent-keep-given = { $date }: agreed that the journey is kept (recorded by { $who })
journey-consent-keep-withdrawn = { $date }: withdrew agreement to keep the journey (recorded by { $who })
journey-consent-projector-given = { $date }: agreed to the first name on the projector (recorded by { $who })
journey-consent-projector-withdrawn = { $date }: withdrew agreement to the first name on the projector (recorded by { $who })
journey-no-folder = No folder chosen: nothing was written.

## Plugin kit (atelier plugin)
plugin-new-done =
    Plugin "{ $id }" written in { $dir }.
      Plugin interface: { $api }
      Compiler: { $channel } (rust-toolchain.toml)
    Next:
      cd { $dir }
      cargo test
      cargo build --release
      atelier plugin check target/release/{ $library }
plugin-new-bad-id = The id "{ $id }" does not fit: 1 to 48 lowercase letters without accents, digits or "_", starting with a letter (for example network_map). Nothing was written.
plugin-new-not-empty = { $path } already exists and is not empty. Nothing was written: choose another folder with --dir.
plugin-new-no-source = The Atelier source this program was built from is no longer there. Give it with --atelier-src FOLDER (the source of the same version). Nothing was written.
plugin-new-not-source = { $path } is not an Atelier source folder (no plugins/api). Nothing was written.
plugin-new-other-source = The source in { $path } is not the one this Atelier was built from (interface { $found }, this Atelier: { $expected }). A plugin built with it would be refused. Give the source of this version with --atelier-src. Nothing was written.
plugin-new-io = { $path }: { $reason }. The plugin may be only partly written: delete that folder and start again.
plugin-check-accepted = { $path }: accepted. Activity "{ $name }" ({ $id } { $version }).
plugin-check-refused = { $path }: refused, { $reason }

## The service's activity report
nav-service = Service activity
service-this-month = This month
service-this-quarter = This quarter
service-this-year = This year
service-from = From
service-to = to
service-show = Show
service-bad-dates = Write two dates, the first before the second, like this: 01/01/2026.
service-export = Export:
service-export-html = Printable report (HTML)
service-export-md = Report (Markdown)
service-export-sessions = Sessions (CSV)
service-export-people = People, without names (CSV)
service-file-report = service-activity
service-file-sessions = sessions
service-file-people = people-anonymous
service-month-words = { $month }: { $collective } coll., { $one_to_one } 1:1
report-bad-period = The period does not work: --from must come before --to.
report-unreadable = { $count ->
        [one] A record could not be read: it is not counted. "atelier check" says why.
       *[other] { $count } records could not be read: they are not counted. "atelier check" says why.
    }
report-written = Report written: { $path }
report-title = The service's activity
report-period = from { $from } to { $to }
report-month = { $month } { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
report-section-people = The people supported
report-section-sessions = The sessions
report-section-interventions = Interventions and time spent
report-section-situations = Where people are at the end of the period
report-section-fidelity = Fidelity indicators (supported employment scale)
report-section-definitions = What each figure counts
report-caseload = Caseload
report-caseload-hint = People whose journey was open at some point in the period: entered before its end, and not left before its start.
report-new = New entries
report-new-hint = People who entered the service for the first time during the period.
report-re-entries = Returns after an exit
report-re-entries-hint = People who came back during the period after leaving the service ("Come back to the service", on the date of the return): counted once in the caseload, not as new entries.
report-exits = Exits
report-exits-hint = Exits dated in the period, by reason.
report-on-hold = On hold
report-on-hold-hint = People on hold on the period's last day (at their request; not an exit).
report-exit-request = at the person's request
report-exit-job = lasting job
report-exit-moved = moved away
report-exit-health = health
report-exit-lost = lost contact despite follow-up
report-exit-other = another reason
report-collective = Collective sessions
report-collective-hint = Collective sessions held in Atelier during the period.
report-one-to-one = One-to-one exercises
report-one-to-one-hint = One-to-one exercises held in Atelier during the period.
report-average-group = Participants per collective session, on average
report-average-group-hint = The average number of participants in the period's collective sessions.
report-people-in-sessions = People who came at least once
report-people-in-sessions-hint = The different people who took part in at least one session of the period.
report-by-activity-hint = The period's sessions of this activity: collective, then one-to-one.
report-activity-value = { $collective } coll. · { $one_to_one } 1:1
report-intervention-value = { $count } · { $time }
report-without-length = {" "}({ $count } without a length)
report-session-time-hint = The number of sessions and their length (from start to end of each session, once per session).
report-contact-hint = Contacts noted in journeys during the period, and the time noted with them; those without a length are counted apart.
report-situations-hint = People whose journey is open on the period's last day, by their experience on that day (a job first, then a work trial or training, then volunteering); the others are building their project.
report-situation-job = In a job
report-situation-placement = In a work trial or training
report-situation-volunteering = Volunteering
report-situation-project = Project in progress
report-section-who = Who refers, who supports
report-by-prescriber-hint = The caseload by who referred the person to the service (the referrer noted in their journey).
report-advisor = Supported by { $name }
report-by-advisor-hint = Each advisor's caseload (the advisor noted in the journey): the number of people supported per advisor.
report-section-reached = What people reached during the period
report-outcomes-hint = The experiences that started during the period, noted in the journeys: jobs, work trials, training courses, volunteering.
report-contracts-hint = The jobs that started during the period, by contract.
report-outcome-job = Jobs
report-outcome-trial = Work trials
report-outcome-training = Training courses
report-outcome-volunteering = Volunteering
report-contract-cdi = Permanent (CDI)
report-contract-cdd = Fixed-term (CDD)
report-contract-interim = Temporary work
report-contract-alternance = Work-study
report-contract-other = Other contract
report-fidelity-employers = Employer contacts per advisor per week (item 2.2)
report-fidelity-employers-hint = The contacts with an employer noted during the period (employer contact or workplace visit), about a person, divided by the number of advisors of the caseload and by the weeks of the period; then, line by line, each advisor's.
report-employers-value = { $rate } ({ $count ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $advisors ->
    [one] 1 advisor
   *[other] { $advisors } advisors
})
report-employers-advisor = { $count ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $rate } a week
report-fidelity-contracts = Jobs on ordinary contracts (item 2.4)
report-fidelity-contracts-hint = Of the jobs that started during the period, those on a CDI, CDD or work-study contract, which the French scale counts as "competitive"; temporary work counts too when the person chose it as a lasting solution, which Atelier does not know: it is given apart.
report-contracts-value = { $competitive } of { $jobs } (temporary work: { $interim })
report-fidelity-job-kinds = Diversity of the jobs obtained (item 3.3)
report-fidelity-job-kinds-hint = Of the jobs that started during the period, how many different job titles (case and accents aside).
report-fidelity-employers-diversity = Diversity of employers (item 3.4)
report-fidelity-employers-diversity-hint = Of the jobs that started during the period, how many different employers (an employer not noted counts apart each time).
report-diversity-value = { $different } different of { $jobs }
report-no-jobs = no job started
report-fidelity-collective = Months with at least one collective session (item 3.5)
report-fidelity-collective-hint = As the fidelity scale scores it: the calendar months of the period with at least one collective session, out of the calendar months the period touches ("at least once a month" peer group time).
report-months-value = { $with } of { $months } months
report-fidelity-rhythm = Meeting rhythm kept (item 4.5)
report-fidelity-rhythm-hint = Of the people the item asks a rhythm of during the period, those met in person or by video at that rhythm: at least weekly while looking for work and in a job's first month, then at least monthly in the job. Phone calls and messages do not count; Atelier sessions do. A time shorter than the rhythm gives no verdict.
report-rhythm-value = { $kept } of { $asked }
report-rhythm-none = no verdict (no time long enough)
report-fidelity-employer = Days to a first employer contact (median)
report-fidelity-employer-hint = For the people who entered during the period: the median number of days from entry to the first contact with an employer (employer contact or workplace visit); in brackets, those who have not had one yet.
report-employer-value = { $days } d ({ $without } without one yet)
report-employer-none = — ({ $without } without one yet)
report-chart-title = Sessions per month
service-time-title = Service time without a person
service-time-hint = Team meetings, committees, partner meetings, training: time spent without a person supported, counted in the report. Do not write anyone's name in the subject.
service-time-none = No time noted for this period.
service-time-line = { $date } — { $kind }, { $minutes } min
service-time-date = Date (DD/MM/YYYY)
service-time-kind = Kind
service-time-kind-choose = Choose one
service-time-minutes = Length in minutes
service-time-subject = Subject, in a few words
service-time-add = Note this time
service-time-added = Time noted: it counts in the report.
service-time-bad-date = Write the date like this: 20/11/2026 (not after today).
service-time-no-kind = Choose the kind of time.
service-time-bad-minutes = Write the length in minutes, from 1 to 1440.
service-time-team = Team meeting
service-time-committee = Committee (steering, technical)
service-time-partners = Meeting with partners
service-time-training = Training, supervision
service-time-other = Other service time
report-service-time-hint = Time the service spent without a person supported, noted on the "Service activity" screen: how many times, and the total time.
report-frozen-print = Figures of { $year } frozen on { $on }: they no longer change, even if data are corrected or erased afterwards.
report-frozen = Figures of { $year } frozen on { $on }: this is the report kept and exported, even if data change afterwards.
report-frozen-differs = Recomputed today, they differ { $erasures ->
    [0] (data were corrected since).
    [one] (1 person erased since, or data corrected).
   *[other] ({ $erasures } people erased since, or data corrected).
}
report-recomputed = These figures of { $year } are computed today: { $erasures ->
    [one] 1 person erased since is no longer in them.
   *[other] { $erasures } people erased since are no longer in them.
} Freeze a closed year's figures so that they no longer change.
service-freeze = Freeze the figures of { $year }
service-freeze-why = A report that was sent must be reproducible: frozen figures are kept (without names) and no longer change, even after an erasure. Exporting a closed year's report freezes them too.
service-show-recomputed = Show the figures recomputed today
service-exact-note = This screen is for the service itself: its figures are exact, even 1 or 2. The exported documents (report, CSV) write 1 and 2 as "< 3", and the per-person file groups or masks whatever could let someone be recognised.
report-masked-note = In this document, the numbers 1 and 2 are written "< 3": such small groups could let people be recognised.
report-mode-collective = collective
report-mode-one-to-one = one-to-one
report-yes = yes
report-no = no
report-csv-sessions-header = date,month,activity,mode,participants,minutes
report-csv-people-header = code,entry,return,collective_sessions,one_to_one_exercises,contacts,situation_at_end,exit,on_hold_at_end,job_search,meeting_rhythm_kept,days_to_first_employer_contact
report-csv-masked = masked
report-csv-note-rule = One row per person, without names, under a code that changes with every export. So that nobody can be recognised: 1 and 2 are written "< 3"; an answer fewer than 3 people gave is written "masked", with others; days to a first employer contact are given in ranges.
report-csv-note-entry = Entry: { $count ->
    [one] 1 row gives
   *[other] { $count } rows give
} the quarter or the year instead of the month, or "masked" (fewer than 3 people entered that month, quarter or year).
report-csv-note-column = Column "{ $column }": answers fewer than 3 people gave are written "masked".
report-csv-note-lone = Entry masked on { $count ->
    [one] 1 row whose answers, together, were still
   *[other] { $count } rows whose answers, together, were still
} those of fewer than 3 people.
report-csv-col-re-entry = return
report-csv-col-situation = situation_at_end
report-csv-col-exit = exit
report-csv-col-on-hold = on_hold_at_end
report-csv-col-job-search = job_search
report-csv-col-rhythm = meeting_rhythm_kept
report-csv-col-employer = days_to_first_employer_contact

## The participants' phones
phones-page-title = Atelier: your idea
phones-page-title-view = Atelier: your view
phones-page-rated = Answer recorded, without your name. Thank you!
phones-page-already-rated = Your answer is already recorded. Thank you!
phones-page-none-rated = Choose at least one answer before sending.
phones-page-send = Send
phones-page-sent = Idea dropped into the box.
phones-page-another = You can write another one.
phones-page-empty = Write an idea before sending.
phones-page-too-long = That is a little long: { $max } characters at most, please.
phones-page-not-text = This text could not be read. Try writing it again.
phones-page-too-many = Many ideas in a short time: wait a minute, then send the next one.
phones-page-too-many-phones = Many phones are already connected. Give your idea to the facilitator.
phones-page-too-many-tries = Many tries in a short time: wait a minute, then check the address shown on the screen.
phones-page-not-found = Page not found.
phones-page-anonymous = Your name is not asked for and nothing is kept on your phone.
phones-start = Participants' phones
phones-stop = Stop the phones
phones-running = The phones' page is open: { $address } (to type: { $short })
phones-short-address = Address to type on a phone: { $address }
phones-failed = Phones cannot connect: { $reason }
phones-projector = Send your idea from your phone
phones-projector-answer = Answer from your phone, without your name

## The fidelity review's grid (Service screen, printed grid)
fidelity-title = Fidelity review { $year }
fidelity-intro = The 27 items of the fidelity scale, scored from 1 (not followed) to 5 (fully followed). Atelier computes those its data measures, over the period shown; the team scores the others and may replace a computed score, saying why. An axis scores the average of its scored items.
fidelity-axis-1 = Axis 1 · Support open to everyone
fidelity-axis-2 = Axis 2 · Ordinary work at the heart of the service
fidelity-axis-3 = Axis 3 · Attentive to people's preferences
fidelity-axis-4 = Axis 4 · How people are supported
fidelity-axis-5 = Axis 5 · How the service is organised
fidelity-axis-score = { $average } / 5 ({ $scored } { $scored ->
    [one] item scored
   *[other] items scored
  } of { $items })
fidelity-axis-none = no score yet ({ $items ->
    [one] 1 item to score
   *[other] { $items } items to score
  })
fidelity-score = { $score } / 5
fidelity-computed = computed
fidelity-entered = given in review
fidelity-replaced = given in review (computed: { $computed } / 5)
fidelity-to-fill = to fill in
fidelity-not-measured = nothing to measure over the period
fidelity-shown-only = shown for the review, which scores it
fidelity-national = Average of the 20 services of the French study: { $average } / 5
fidelity-thresholds = Thresholds: { $text }
fidelity-choose = Score of item { $id }
fidelity-choose-none = not scored yet
fidelity-choose-computed = the computed score ({ $score } / 5)
fidelity-note = What score { $id } rests on
fidelity-save = Save score { $id }
fidelity-saved = Score of item { $id } saved.
fidelity-evidence = What item { $id } counts ({ $count })
fidelity-evidence-frozen = Frozen figures do not keep the detail: tick "Show the figures recomputed now" to see it.
fidelity-print = Print the grid
fidelity-file = fidelity-grid
fidelity-blank = … / 5
fidelity-print-item = Item
fidelity-print-note = Score
fidelity-print-basis = What it rests on
fidelity-print-filled = Scores given in review: { $count } of 27; scores computed by Atelier: { $computed }.
fidelity-wrong-note = A score goes from 1 to 5.
fidelity-value-2-2 = { $rate } contacts per advisor per week
fidelity-value-share = { $percent } %
fidelity-value-2-4 = { $percent } % of the jobs started
fidelity-value-3-3 = { $percent } % different jobs
fidelity-value-3-4 = { $percent } % different employers
fidelity-value-3-5 = { $percent } % of the months with a collective session
fidelity-value-4-3 = { $days } days on average
fidelity-value-4-5 = { $percent } % of the people met at the rhythm asked
fidelity-value-5-1 = { $people } people per advisor on average
fidelity-thresholds-2-2 = 1: fewer than 2 · 2: 2 · 3: 3 or 4 · 4: 5 · 5: 6 or more (contacts a week, to the nearest)
fidelity-thresholds-2-4 = 1: under 65 % · 2: 65 to 74 % · 3: 75 to 84 % · 4: 85 to 94 % · 5: 95 % or more
fidelity-thresholds-3-3 = 1: under 50 % · 2: 50 to 59 % · 3: 60 to 69 % · 4: 70 to 84 % · 5: 85 % or more
fidelity-thresholds-3-4 = 1: under 50 % · 2: 50 to 59 % · 3: 60 to 69 % · 4: 70 to 84 % · 5: 85 % or more
fidelity-thresholds-3-5 = 1: no collective time · 2: now and then · 3: at least every month · 4 and 5: judged in review
fidelity-thresholds-4-3 = 1: over 270 days · 2: 151 to 270 · 3: 61 to 150 · 4: 31 to 60 · 5: 30 days or fewer
fidelity-thresholds-4-5 = the item also asks for a plan to reduce support step by step: the review scores it
fidelity-thresholds-5-1 = 1: 41 or more · 2: 31 to 40 · 3: 26 to 30 · 4: 21 to 25 · 5: 20 or fewer (people per advisor)
fidelity-evidence-employer = { $date } · { $person } ({ $advisor }) · { $kind }
fidelity-evidence-job = { $date } · { $person } ({ $advisor }) · { $title } · { $contract } · { $employer }
fidelity-evidence-month = { $month }: { $count ->
    [0] no collective session
    [one] 1 collective session
   *[other] { $count } collective sessions
  }
fidelity-evidence-days = { $person }: { $days } days from entry ({ $entry }) to the first employer contact
fidelity-evidence-no-employer = { $person }: entered on { $entry }, no employer contact yet (not in the average)
fidelity-evidence-rhythm = { $person }: { $kept ->
    [yes] rhythm kept
   *[no] rhythm not kept
  }
fidelity-evidence-advisor = { $advisor }: { $people } people supported at the end of the period
fidelity-item-1-1 = No exclusion
fidelity-asks-1-1 = Nobody is turned away for their distance from work, symptoms, an addiction or their treatment: only the wish to work in an ordinary job counts.
fidelity-item-2-1 = Focused on ordinary employment
fidelity-asks-2-1 = The service talks about ordinary work with everyone, puts it forward to people and partners, and brings people together to share their experience.
fidelity-item-2-2 = How often employers are met
fidelity-asks-2-2 = Each advisor meets employers about one person in particular, several times a week, and notes it.
fidelity-item-2-3 = Quality of relations with employers
fidelity-asks-2-3 = Advisors see employers several times to learn their needs, present the service and suggest a person who suits them, even with no job open.
fidelity-item-2-4 = Ordinary contracts
fidelity-asks-2-4 = Jobs obtained are ordinary contracts: permanent, fixed-term, work-study, and temporary work when the person chooses it to last. Sheltered companies, integration schemes, internships and work trials do not count.
fidelity-item-2-5 = Links with the public employment service
fidelity-asks-2-5 = Beyond the agreement, regular meetings with France Travail, Cap emploi or the mission locale about people's situations and job leads.
fidelity-item-3-1 = Ongoing vocational assessment
fidelity-asks-3-1 = The first meetings review the person's experience, then each work experience adds to a profile (skills, preferences, strengths, adjustments) kept up to date.
fidelity-item-3-2 = Jobs that match preferences
fidelity-asks-3-2 = Job leads start from what the person wants: the trade, the hours, the place, what they say or not about their health.
fidelity-item-3-3 = Diversity of jobs obtained
fidelity-asks-3-3 = Jobs obtained are of different kinds, not only a few trades that are easier to enter.
fidelity-item-3-4 = Diversity of employers
fidelity-asks-3-4 = Jobs obtained are with different employers.
fidelity-item-3-5 = Building people's power to act
fidelity-asks-3-5 = Regular collective times where people work together as peers: self-confidence, job search, sharing experience.
fidelity-item-4-1 = Social rights and benefits
fidelity-asks-4-1 = With each person, the service talks about what a job changes to their benefits (disability allowance, income support, housing aid…), with a specialist if needed, and helps with the steps.
fidelity-item-4-2 = Talking or not about the disability at work
fidelity-asks-4-2 = The service does not require the person to disclose; it helps them weigh the pros and cons, choose what to tell the employer, and talks about it again if a job does not last.
fidelity-item-4-3 = Rapid search for an ordinary job
fidelity-asks-4-3 = Little time between entry and the first contact with an employer.
fidelity-item-4-4 = Support in the job suited to each person
fidelity-asks-4-4 = In the job, support that follows the position, the person's preferences and needs, with the employer if the person wishes.
fidelity-item-4-5 = Intensity of support in the job
fidelity-asks-4-5 = A meeting in person or by video every week while looking for work and in a job's first month, then at least monthly; a plan to reduce support step by step; an answer within 3 days in a crisis.
fidelity-item-4-6 = Reaching out to the person
fidelity-asks-4-6 = Support does not stop over missed appointments; advisors go to meet the person, note their attempts, may visit their home and, where possible, link with their family.
fidelity-item-4-7 = Time spent out of the office
fidelity-asks-4-7 = A large part of advisors' time is spent at employers', with people or in a neutral place.
fidelity-item-5-1 = People supported per advisor
fidelity-asks-5-1 = Each advisor supports a limited number of people: no more than 20 to 25.
fidelity-item-5-2 = Time given to employment
fidelity-asks-5-2 = Advisors give their time to support towards and in work, without also managing the rest of people's lives.
fidelity-item-5-3 = One advisor throughout the journey
fidelity-asks-5-3 = The same advisor (or a small team the person knows) supports them from the welcome to the follow-up in the job.
fidelity-item-5-4 = Links with care teams
fidelity-asks-5-4 = With the person's consent, regular exchanges with their care team or doctor.
fidelity-item-5-5 = A dedicated team with someone to lead it
fidelity-asks-5-5 = At least two advisors and a coordinator, who meet regularly, share job leads and stand in for each other.
fidelity-item-5-6 = The coordinator's role
fidelity-asks-5-6 = A coordinator who supports the advisors, gathers the team every week, reviews the service and speaks with partners.
fidelity-item-5-7 = Involvement of the management
fidelity-asks-5-7 = The management knows supported employment, follows quality with this scale, holds a steering committee and presents the service's review at least twice a year.
fidelity-item-5-8 = Advisors' time for their mission
fidelity-asks-5-8 = The supported-employment mission takes a large share of each advisor's working time.
fidelity-item-5-9 = Advisors' training
fidelity-asks-5-9 = Advisors were trained in supported employment and in the effects of the disabilities of the people they support.
err-no-fidelity-item = { $id } is not an item of the fidelity scale.

## Encrypted folder
welcome-protect = Create a folder protected by a passphrase
welcome-protect-hint = Encrypted on disk: without your passphrase (or the recovery key), nobody reads the journeys. Advised on a laptop or a shared folder.
protect-title = Protect the folder with a passphrase
protect-body = Everything Atelier writes in this folder will be encrypted. You will open it with your passphrase; colleagues can have their own. Choose a phrase easy for you to remember and hard to guess: several words, for example.
protect-name = Your name
protect-passphrase = Passphrase
protect-again = The same phrase, once more
protect-hint = At least { $count } characters.
protect-no-name = Write your name: it says whose passphrase this is.
protect-different = The two phrases are not the same. Type them again, calmly.
protect-short = This phrase is a little short: it needs at least { $count } characters.
protect-create = Create the protected folder
recovery-title = Your recovery key
recovery-body = If the passphrase is forgotten, this key opens the folder. It is shown only once.
recovery-key-label = Recovery key: { $key }
recovery-keep = Write it on paper or print it, and keep it apart, locked away (not in this folder, not beside the computer).
recovery-done = Noted, go on
unlock-title = This folder is protected
unlock-body = The folder { $path } is encrypted. Type your passphrase to open it.
unlock-passphrase = Passphrase
unlock-recovery = Recovery key
unlock-open = Open the folder
unlock-use-recovery = Forgotten phrase? Use the recovery key
unlock-use-passphrase = Use a passphrase
unlock-idle = Atelier locked itself after { $minutes } min without activity. What was in progress is saved.
nav-lock = Lock
settings-lock-after = A protected folder locks itself when nobody uses the window for
settings-lock-minutes = { $minutes } min
settings-lock-never = never
cli-no-passphrase = This folder is encrypted: give its passphrase with --passphrase-file FILE (its first line) or the ATELIER_PASSPHRASE variable.
cli-encrypt-name = Say whose passphrase this is: --name YOUR_NAME (or your name in Atelier's settings).
cli-encrypted = Folder encrypted: { $done ->
        [one] 1 file encrypted now
       *[other] { $done } files encrypted now
    }, { $already ->
        [one] 1 already was.
       *[other] { $already } already were.
    }
cli-recovery-key = Recovery key (write it down and keep it apart, locked away; it is shown only once): { $key }
cli-decrypted = Folder in clear: { $done ->
        [one] 1 file decrypted now
       *[other] { $done } files decrypted now
    }, { $already ->
        [one] 1 already was.
       *[other] { $already } already were.
    } It is no longer protected on disk.
advisors-title = Who can open this encrypted folder
advisors-body = Each person has their own passphrase. Removing someone does not encrypt the files again: what they could copy before stays readable to them.
advisors-remove = Remove { $name }
advisors-add-title = Add a colleague
advisors-name = Their name
advisors-passphrase = Their passphrase
advisors-again = The same phrase, once more
advisors-add = Add
advisors-added = { $name } can now open the folder with their passphrase.
advisors-removed = { $name } can no longer open the folder.
written-in-clear = This file is not encrypted: keep it somewhere safe, and delete it once it is no longer needed.
recovery-print = Print the key…
recovery-page-folder = Data folder: { $path } — key made on { $date }.
recovery-printed = The key is in { $path }, to print. This file is not encrypted: print it, then delete it.
