# Atelier — textes en français (langue par défaut).

## Aide de la ligne de commande
cli-help =
    Atelier — séances collectives et exercices guidés pour l'emploi accompagné.

    Utilisation :
      atelier [OPTIONS]                                    ouvre l'application
      atelier check [--repair]                             vérifie le dossier de données et ses fichiers d'activité
      atelier check FICHIER.ron                            vérifie un fichier d'activité (voir ACTIVITIES.md)
      atelier plugins                                      liste les activités et les extensions refusées
      atelier plugins --trust FICHIER                      approuve une extension du dossier de données
      atelier plugin new ID [--dir DOSSIER] [--atelier-src DOSSIER]
                                                           écrit une extension à compiler hors d'Atelier
      atelier plugin check FICHIER                         dit si cet Atelier accepte une bibliothèque, sinon pourquoi
      atelier report [--from DATE] [--to DATE] [--format html|md|csv|csv-people|fidelity] [--out FICHIER]
                                                           l'activité du service sur une période (par défaut : cette année)
      atelier demo DOSSIER [--large]                       crée un dossier de démonstration (--large : 1 000 personnes, 50 000 séances)
      atelier export --participant ID --to DOSSIER         exporte tout ce qui concerne une personne
      atelier erase --participant ID [--yes]               efface une personne (RGPD)
      atelier encrypt [--name NOM]                         chiffre le dossier de données (ou finit de le chiffrer), puis le vérifie
      atelier decrypt                                      remet le dossier de données en clair (ou finit), puis le vérifie
      atelier migrate --from-folder DOSSIER --to ADRESSE   copie un dossier de données dans la base du service, puis vérifie les deux
      atelier migrate --from ADRESSE --to-folder DOSSIER   copie la base dans un nouveau dossier de données, puis vérifie les deux
      atelier database setup                               prépare (ou met à jour) la base du service, avec l'adresse d'un administrateur
      atelier database add-person NOM [--coordinator]      donne à une personne son propre compte (mot de passe : --passphrase-file)
      atelier database audit [--participant ID]            le journal des accès (qui a lu ou changé quoi, quand)
      atelier send                                         envoie à la base les séances gardées sur cet ordinateur hors connexion

    Options :
      --data-dir DOSSIER   dossier de données (sinon ATELIER_DATA_DIR, sinon le dossier habituel)
      --database ADRESSE   la base PostgreSQL du service (sinon ATELIER_DATABASE, sinon les réglages) ; le dossier de données garde alors les brouillons de cet ordinateur
      --lang fr|en         langue
      --passphrase-file FICHIER  la phrase secrète d'un dossier chiffré, sur la première ligne (sinon ATELIER_PASSPHRASE)
      --plugin-dir DOSSIER un dossier d'extensions en plus, que vous nommez vous-même (répétable)
      --phones-address ADRESSE  où les téléphones des participants se connectent (par défaut : l'adresse de l'ordinateur sur le réseau local)

    Les réglages (langue, extensions approuvées) sont dans ATELIER_SETTINGS, sinon dans le
    dossier de réglages habituel de l'ordinateur.
      -h, --help           cette aide
      --version            version d'Atelier
cli-help-plugin =
    Atelier — les extensions (guide complet : PLUGINS.md).

    Utilisation :
      atelier plugin new ID [--dir DOSSIER] [--atelier-src DOSSIER]
          écrit dans DOSSIER (par défaut ./ID) une extension prête à compiler hors d'Atelier :
          son code, ses textes en français et en anglais, ses tests. ID : minuscules, chiffres
          et « _ ». --atelier-src : les sources d'Atelier, si elles ne sont pas téléchargées.
      atelier plugin check FICHIER
          dit si cet Atelier accepte la bibliothèque FICHIER (.so, .dll, .dylib), et sinon ce
          qui diffère (compilateur, version, options de compilation).
      atelier plugins
          liste les activités et les extensions refusées, avec la raison.
      atelier plugins --trust FICHIER
          approuve une extension du dossier de données (elle ne tourne qu'une fois approuvée).
cli-gui-failed = La fenêtre d'Atelier n'a pas pu s'ouvrir : { $reason }
cli-usage-hint = Tapez « atelier --help » pour voir les commandes.

## Erreurs d'utilisation
usage-unknown-command = Commande inconnue : « { $command } ».
usage-unknown-option = Option inconnue : « { $option } ».
usage-missing-value = L'option { $option } attend une valeur.
usage-missing-argument = Il manque { $what }.
usage-unexpected = Élément en trop : « { $arg } ».
usage-bad-lang = Langue inconnue : « { $lang } ». Choisissez fr ou en.
usage-bad-id = Identifiant refusé : { $reason }
usage-bad-date = Date incomprise : « { $date } ». Écrivez-la 2026-01-31 ou 31/01/2026.
usage-bad-format = Format inconnu : « { $format } ». Choisissez html, md, csv (une ligne par séance), csv-people (une ligne par personne, sans nom) ou fidelity (la grille de la revue de fidélité).
usage-bad-address = Adresse inconnue : « { $address } ». Écrivez une adresse IP, par exemple 192.168.1.20 ou 192.168.1.20:8080.
what-participant = l'option --participant ID
what-to = l'option --to DOSSIER
what-plugin-id = l'identifiant de l'activité (atelier plugin new ID), par exemple carte_reseau
what-plugin-file = le fichier de la bibliothèque (atelier plugin check FICHIER)
what-plugin-command = la commande : atelier plugin new ID, ou atelier plugin check FICHIER
cli-no-database = Aucune base de données n'est donnée : --database ADRESSE (ou ATELIER_DATABASE).
cli-db-setup = Base { $address } prête (schéma version { $version } ; { $applied ->
    [0] rien à changer
    [one] une étape appliquée
   *[other] { $applied } étapes appliquées
}).
cli-db-advisor-added = { $name } peut se connecter à { $address } comme conseiller ou conseillère, avec son propre compte.
cli-db-coordinator-added = { $name } peut se connecter à { $address } comme coordinateur ou coordinatrice (lit aussi le journal des accès).
cli-sent = { $sent ->
    [0] Aucune séance envoyée
    [one] Une séance envoyée
   *[other] { $sent } séances envoyées
} ; { $left ->
    [0] il n'en reste aucune à envoyer.
    [one] il en reste une sur cet ordinateur.
   *[other] il en reste { $left } sur cet ordinateur.
}
cli-migrated = Copié : { $journeys } parcours, { $records } séances, { $years } années de temps de service.
cli-migrate-verified = Vérifié des deux côtés : { $journeys } parcours et { $records } séances de chaque côté, aucun problème.
cli-migrate-source-not-clean = Le départ a { $count } problèmes : lancez « atelier check » dessus d'abord. Rien n'a été copié.
cli-migrate-not-empty = { $place } contient déjà des parcours ou des séances : Atelier ne copie que vers un endroit vide. Rien n'a été copié.
what-migrate-from = d'où viennent les données : --from-folder DOSSIER ou --from ADRESSE
what-migrate-to = où vont les données : --to ADRESSE ou --to-folder DOSSIER
what-role-name = le nom du compte (atelier database add-person NOM)
what-database-command = la commande : atelier database setup, add-person NOM ou audit
what-demo-dir = le dossier où écrire la démonstration (atelier demo DOSSIER)

## Identifiants
id-empty = il est vide.
id-too-long = il dépasse { $max } caractères.
id-separator = « { $id } » contient un séparateur de chemin.
id-parent = « { $id } » sortirait du dossier de données.
id-nul = il contient un caractère nul.
id-reserved = « { $id } » est un nom réservé par Windows.
id-invalid-char = « { $id } » contient « { $char } » ; seuls les minuscules sans accent, les chiffres, « - » et « _ » sont permis.
id-wrong-prefix = « { $id } » devrait commencer par « { $prefix } ».

## Erreurs du dossier de données
err-missing-data-dir = Le dossier de données { $path } n'existe pas. Créez-le avec « atelier demo { $path } » pour essayer, ou indiquez le bon dossier avec --data-dir.
err-no-data-dir = Impossible de trouver le dossier de données habituel sur cet ordinateur. Indiquez-en un avec --data-dir ou ATELIER_DATA_DIR.
err-io = { $path } : impossible de lire ou d'écrire ({ $detail }).
err-io-full = Le disque est plein : { $path } n'a pas pu être écrit. Libérez de la place, ou choisissez un autre dossier.
err-io-denied = Atelier n'a pas le droit d'écrire dans { $path } : le dossier est en lecture seule, ou vos droits sur cet ordinateur ne le permettent pas. Demandez l'accès en écriture, ou choisissez un autre dossier.
err-io-gone = { $path } est introuvable : le dossier de données a peut-être été déplacé, ou son disque (clé USB, lecteur réseau) n'est plus branché. Rebranchez-le : Atelier le retrouve de lui-même.
err-conflict = { $path } a été modifié ailleurs depuis son ouverture (une autre fenêtre ou un collègue). Rien n'a été écrasé : rouvrez le parcours puis recommencez.
err-exists = { $path } existe déjà ; rien n'a été écrasé.
err-unknown-participant = Aucun parcours pour l'identifiant { $id }.
err-bad-file-name = { $path } : nom de fichier refusé : { $reason }
err-busy = Un autre programme est en train d'écrire dans le dossier de données (verrou { $path }, attendu { $seconds } s). Rien n'a été écrit et rien n'est perdu : réessayez dans un instant.
err-in-use = Un autre Atelier a déjà ouvert le dossier { $path }. Cette fenêtre l'ouvre en lecture seule : vous pouvez tout consulter, rien n'y sera enregistré.
err-read-only = Le dossier { $path } est ouvert en lecture seule, car un autre Atelier l'utilise. Rien n'a été écrit. Fermez l'autre Atelier, puis choisissez « Réessayer ».
read-only-banner = Lecture seule : un autre Atelier a ce dossier ouvert. Vous pouvez tout consulter ; rien ne sera enregistré ici.
err-not-writable = Le dossier { $path } est ouvert en lecture seule : Atelier n'a pas le droit d'y écrire (disque ou partage en lecture seule, ou droits de votre compte). Rien n'a été écrit. Demandez l'accès en écriture, puis choisissez « Réessayer ».
err-symlink = { $path } est un lien symbolique : Atelier ne lit ni n'écrit à travers un lien, car le vrai fichier pourrait être hors du dossier de données, là où l'effacement et la protection ne vont pas. Remplacez le lien par le vrai fichier ou dossier.
err-locked = Le dossier { $path } est chiffré : il s'ouvre avec la phrase secrète d'un ou d'une collègue, ou avec la clé de secours.
err-vault-wrong-secret = Cette phrase secrète (ou cette clé de secours) n'ouvre pas le dossier chiffré ({ $path }). Vérifiez-la, majuscules comprises, puis réessayez.
err-vault-not-encrypted = { $path } n'est pas chiffré alors que le dossier l'est : Atelier ne le lit pas. Lancez « atelier check » pour savoir d'où il vient.
err-vault-too-large = { $path } est plus grand que ce qu'Atelier lit pour ce genre de fichier : il n'est pas déchiffré.
err-vault-newer = { $path } a été chiffré par une version plus récente d'Atelier : mettez Atelier à jour pour le lire.
err-vault-tampered = { $path } ne s'ouvre pas : il a été modifié, coupé, ou vient d'un autre dossier ou d'une autre place. Rien n'en est lu ; le reste du dossier reste utilisable.
read-only-banner-not-writable = Lecture seule : Atelier n'a pas le droit d'écrire dans ce dossier. Vous pouvez tout consulter ; rien ne sera enregistré ici.
read-only-retry = Réessayer
refusal-not-approved = pas encore approuvée, donc pas lancée. Une bibliothèque exécute son code avec vos droits : Atelier attend qu'une personne l'approuve (Réglages, ou « atelier plugins --trust FICHIER »). Empreinte SHA-256 : { $sha256 }.
refusal-changed = a changé depuis son approbation, donc pas lancée. Si votre équipe technique vous a remis cette nouvelle version, approuvez-la de nouveau (Réglages, ou « atelier plugins --trust FICHIER »). Empreinte SHA-256 : { $sha256 }.
plugins-approve = Approuver…
plugins-approve-for = Approuver la bibliothèque { $path }
plugins-approve-confirm = Atelier va exécuter le programme { $path } avec vos droits sur cet ordinateur. Approuvez-le seulement si votre équipe technique vous l'a remis. Empreinte SHA-256 : { $sha256 }
plugins-approve-yes = Oui, j'approuve ce fichier
plugins-approved = { $path } est approuvée et chargée.
plugins-heading-waiting = En attente de votre accord :
plugins-heading-approved = Bibliothèques approuvées sur cet ordinateur :
plugins-approved-line = { $path } — approuvée le { $date } (empreinte { $sha256 }…)
plugins-revoke = Retirer l'approbation
plugins-revoked = Approbation retirée : la bibliothèque ne sera plus lancée.
plugins-trusted = Approuvée : { $path } (SHA-256 { $sha256 }). L'approbation est gardée dans { $settings } ; la bibliothèque sera chargée au prochain démarrage.
err-no-settings = Impossible de trouver le dossier des réglages sur cet ordinateur. Indiquez un fichier de réglages avec ATELIER_SETTINGS.
err-db-bad-address = L'adresse de la base de données n'est pas valide : { $detail }
err-db-offline = La base de données { $address } ne répond pas (réseau coupé ou serveur arrêté). Rien n'est perdu : une séance enregistrée pendant ce temps reste sur cet ordinateur et part dès que la base répond. Détail : { $detail }
err-db-refused = La base de données { $address } a refusé la connexion : { $detail }. Vérifiez le nom du compte et son mot de passe (fichier ~/.pgpass, ou PGPASSWORD).
err-db-not-allowed = Votre compte n'a pas le droit de faire cela dans la base { $address } : { $detail }
err-db-schema-old = La base { $address } n'est pas prête pour cet Atelier (version { $found } de son schéma, il faut la { $needed }) : la personne qui l'administre lance « atelier database setup ».
err-db-schema-new = La base { $address } a été mise à jour pour un Atelier plus récent (version { $found } de son schéma) : installez la nouvelle version d'Atelier.
err-db-changed-migration = Dans la base { $address }, l'étape { $version } du schéma diffère de celle de cet Atelier : rien n'a été changé. Vérifiez que tout le service a la même version d'Atelier.
err-db-tls = La connexion chiffrée à la base de données n'a pas pu s'établir : { $detail }. Le certificat du serveur doit être signé par l'autorité que donne sslrootcert=FICHIER dans l'adresse (voir le README).
err-db-server = La base de données { $address } a répondu : { $detail }
err-crash = Enregistrement interrompu (simulation de panne).
err-demo-not-empty = Le dossier { $path } contient déjà des parcours. Choisissez un dossier vide ou nouveau.

## Fichiers illisibles
format-empty = le fichier est vide
syntax-end = le texte s'arrête avant sa fin (le fichier a peut-être été coupé)
syntax-trailing = quelque chose suit la fin des données
syntax-unclosed = une parenthèse, un crochet ou un guillemet n'est pas fermé
syntax-comma = il manque une virgule
syntax-unknown-field = champ inconnu « { $field } » (une faute de frappe ?)
syntax-missing-field = il manque le champ « { $field } »
syntax-duplicate-field = le champ « { $field } » apparaît deux fois
syntax-wrong-type = valeur d'un autre type qu'attendu (attendu : { $expected } ; trouvé : { $found })
syntax-unknown-choice = choix inconnu « { $found } »
syntax-number = un nombre est trop grand ou trop petit
syntax-char = caractère inattendu « { $char } »
syntax-not-utf8 = le fichier n'est pas du texte UTF-8 valide
syntax-id-mismatch = l'identifiant écrit dans le fichier ({ $id }) n'est pas celui de son nom
format-syntax = { $detail }
format-newer = ce fichier vient d'une version plus récente d'Atelier (format { $found }, celle-ci lit le format { $supported }) ; mettez Atelier à jour. Le fichier n'a pas été modifié.
format-too-old = ce fichier est d'un format trop ancien ({ $found }) pour être lu par cette version (format { $supported }).
format-too-large = le fichier fait { $size } Mo, plus que les { $max } Mo permis pour ce type de fichier.
format-too-long = le champ « { $field } » fait { $chars } caractères, plus que les { $max } permis.
format-too-many = la liste « { $field } » a plus de { $max } éléments.
format-too-deep = le fichier est imbriqué sur plus de { $max } niveaux.
format-left-untouched = Il n'a pas été lu et reste intact ; le reste d'Atelier fonctionne normalement.
format-not-written = rien n'a été enregistré : { $reason } Raccourcissez le texte, puis enregistrez de nouveau ; ce qui est à l'écran est gardé.
format-write = impossible de préparer les données à écrire ({ $detail })

## check
problem-io = illisible ({ $detail })
problem-wrong-folder = ce compte rendu devrait être dans { $folder }
problem-missing-link = le parcours de { $participant } n'a pas encore le lien vers le compte rendu { $record } (un enregistrement a été interrompu ; réparable)
problem-unknown-participant = le participant { $participant } n'a pas de parcours
problem-dangling-link = lien vers le compte rendu { $record }, qui n'existe pas
problem-not-listed = lien vers le compte rendu { $record }, qui ne cite pas cette personne
problem-temp-file = fichier temporaire laissé par un enregistrement interrompu ; le vrai fichier est intact (réparable)
problem-stale-index = le résumé des séances de { $year } ne correspond plus aux comptes rendus, qui font foi (réparable : il sera refait à partir d'eux)
problem-symlink = lien symbolique vers { $target } : Atelier ne lit ni n'écrit à travers un lien (le vrai fichier pourrait être hors du dossier, là où l'effacement et la protection ne vont pas) ; remplacez-le par le vrai fichier ou dossier
problem-open-to-others = les autres comptes de cet ordinateur peuvent lire le dossier de données, qui contient des données de santé (réparable : il leur est fermé)
problem-before-entry = La séance { $record } est datée du { $date }, avant l'entrée de { $participant } dans le service (le { $entry }). Si la personne est revenue après une sortie, gardez la première date d'entrée et notez le retour avec « Revenir dans le service » ; sinon, corrigez la date.
problem-same-session = deuxième compte rendu de la séance { $record } (même activité, même début, mêmes personnes), enregistrée deux fois : elle compterait double dans les bilans (réparable : ce deuxième compte rendu et ses liens sont retirés, le premier reste)
problem-same-session-differs = deuxième compte rendu de la séance { $record } (même activité, même début, mêmes personnes), mais les deux ne disent pas la même chose : comparez-les et gardez le bon ; elle compte double dans les bilans tant que les deux restent
check-summary = { $journeys } parcours, { $records ->
        [one] { $records } compte rendu
       *[other] { $records } comptes rendus
    }, { $drafts ->
        [one] { $drafts } brouillon
       *[other] { $drafts } brouillons
    } : { $problems ->
        [0] aucun problème.
        [one] 1 problème
       *[other] { $problems } problèmes
    }{ $problems ->
        [0] {""}
       *[other] { $repairable ->
            [0] .
           *[other] , dont { $repairable ->
                [one] { $repairable } réparable
               *[other] { $repairable } réparables
            } avec « atelier check --repair ».
        }
    }
repair-fixed = réparé : { $problem }
repair-failed = réparation impossible : { $problem } ({ $reason })
repair-summary = { $fixed ->
    [one] { $fixed } problème réparé.
   *[other] { $fixed } problèmes réparés.
}

## demo, export, erase
demo-done = Données de démonstration écrites dans { $path } : { $participants } participants, { $sessions } séances. Ouvrez-les avec « atelier --data-dir { $path } ».
export-done = Export de { $id } écrit dans { $path } ({ $files } fichiers).
erase-confirm = Effacer définitivement { $name } ({ $id }) et ses contributions dans { $records ->
    [one] { $records } compte rendu
   *[other] { $records } comptes rendus
} ? Tapez « oui » pour confirmer :
erase-needs-yes = Pour effacer sans question, ajoutez --yes (aucune question ne peut être posée ici).
erase-cancelled = Rien n'a été effacé.
erase-done = { $id } a été effacé : parcours supprimé, { $removed ->
    [one] { $removed } séance individuelle supprimée
   *[other] { $removed } séances individuelles supprimées
}, retiré de { $records ->
    [one] { $records } compte rendu
   *[other] { $records } comptes rendus
} de groupe et de { $drafts ->
    [one] { $drafts } brouillon
   *[other] { $drafts } brouillons
}. Le contenu anonyme des séances est conservé.
erase-copies-removed = { $count ->
    [one] Un autre fichier du dossier qui contenait ses données a aussi été effacé.
   *[other] { $count } autres fichiers du dossier qui contenaient ses données ont aussi été effacés.
}
erase-not-erased = Pas effacé, à faire vous-même : { $path } ({ $why }).
erase-not-link = c'est un lien symbolique vers { $target } : Atelier ne suit pas les liens, le fichier réel n'a été ni lu ni effacé
erase-not-mentioned = le parcours de { $other } nomme cette personne dans un texte écrit à la main
erase-not-unreadable = le fichier contient son identifiant mais ne peut pas être lu : { $detail }
erase-copy-outside = Copie remise hors du dossier de données, qui existe encore : { $path }. Atelier ne l'efface pas : supprimez-la si la personne le demande.
erase-yes-word = oui

## Séance en cours
session-crashed-title = L'activité « { $activity } » s'est arrêtée.
session-crashed-body = Ce qui avait été enregistré est conservé. Vous pouvez terminer la séance et l'enregistrer normalement ; l'application continue de fonctionner.
session-crashed-details = Détails pour l'équipe technique
session-crashed-panicked = Arrêt inattendu de l'extension : { $detail }
session-crashed-refused = L'extension a refusé : { $detail }

## Activités et extensions
plugins-builtin = fournie avec Atelier
plugins-heading-installed = Activités disponibles :
plugins-heading-refused = Extensions et fichiers d'activité refusés :
plugins-none = Aucune activité n'est installée.
plugins-refused-line = { $path } : { $reason }
plugins-builtin-name = (fournie avec Atelier)
plugins-shipped-file = fichier fourni avec Atelier : { $name }
refusal-at-line = ligne { $line } : { $reason }
activities-reload = Recharger les activités
activities-reload-hint = Après avoir modifié un fichier d'activité dans { $dir }.
activities-reloaded = Activités rechargées : { $ready ->
        [one] 1 disponible
       *[other] { $ready } disponibles
    }{ $refused ->
        [0] .
        [one] , 1 fichier mis de côté : Réglages dit pourquoi.
       *[other] , { $refused } fichiers mis de côté : Réglages dit pourquoi.
    }
check-activity-ready = { $path } : « { $name } » ({ $id }) est prête.
check-activity-file-ok = { $path } : « { $name } » ({ $id }) est prête, { $steps ->
        [one] 1 étape
       *[other] { $steps } étapes
    }, { $fields ->
        [0] aucun champ
        [one] 1 champ
       *[other] { $fields } champs
    }.
check-activities-summary = Fichiers d'activité : { $ready ->
        [0] aucun prêt
        [one] 1 prêt
       *[other] { $ready } prêts
    }, { $refused ->
        [0] aucun refusé
        [one] 1 refusé
       *[other] { $refused } refusés
    }.
setup-activity-files-refused = { $count ->
        [one] Un fichier d'activité n'a pas pu être lu : Réglages dit pourquoi.
       *[other] { $count } fichiers d'activité n'ont pas pu être lus : Réglages dit pourquoi.
    }
refusal-not-library = ce fichier n'est pas une bibliothèque chargeable ({ $detail }).
refusal-no-declaration = ce n'est pas une extension Atelier (pas de déclaration { $symbol } ; utilisez export_activity!).
refusal-bad-magic = la déclaration ne commence pas par la signature d'Atelier.
refusal-abi = faite pour une autre version d'Atelier (interface binaire { $found }, celle-ci utilise { $expected }). Recréez ses fichiers de construction avec « atelier plugin new » de cet Atelier (interface { $api }), puis recompilez-la.
refusal-rustc = compilée avec { $found } ; cet Atelier l'a été avec { $expected }. Gardez le fichier rust-toolchain.toml écrit par « atelier plugin new » (il demande { $channel }), installez ce compilateur (rustup toolchain install { $channel }), puis recompilez.
refusal-api = construite avec l'interface des extensions { $found } ; cet Atelier utilise { $expected }. Dans le Cargo.toml de l'extension, faites pointer atelier_plugin_api vers les sources d'Atelier { $expected } (atelier plugin new --atelier-src DOSSIER les indique), puis recompilez.
refusal-egui = construite avec egui { $found } ; Atelier utilise { $expected }. Ne changez pas la version d'egui : prenez celle que fixe l'interface { $api } (retirez egui des dépendances de l'extension ou écrivez egui = "={ $expected }"), puis recompilez.
refusal-contract = construite avec un autre état de l'interface des extensions { $api } que cet Atelier (ses types ont changé depuis). Recompilez-la avec les sources exactes dont cet Atelier est issu (atelier plugin new --atelier-src DOSSIER).
refusal-profile-release = compilée en mode { $found } ; cet Atelier est une version optimisée. Compilez l'extension avec cargo build --release.
refusal-profile-debug = compilée en mode { $found } ; cet Atelier est une version de développement. Compilez l'extension avec cargo build (sans --release).
refusal-shared-crates = les bibliothèques partagées avec Atelier n'y ont pas été compilées comme dans Atelier : { $crates } (la première est en général la cause). Gardez le Cargo.lock, les réglages [profile] et les dépendances qu'« atelier plugin new » a écrits : une dépendance ajoutée peut activer une autre option de { $first } (cargo tree -e features -i { $first } montre laquelle). Puis recompilez.
refusal-failed = l'extension a échoué au démarrage : { $detail }
refusal-bad-descriptor = sa description est inutilisable : { $detail }
refusal-duplicate = l'identifiant « { $id } » est déjà pris par { $first } ; la première reste active.

## Compte rendu
record-missing-activity = L'activité « { $activity } » n'est pas installée. Ce compte rendu s'affiche en lecture seule, sans la présentation de l'activité.
record-missing-activity-file = Le fichier de l'activité « { $activity } » n'est plus dans le dossier ; la séance se relit telle qu'elle a été faite.
record-raw-data = Données de l'activité

## Fenêtre : navigation
nav-home = Accueil
nav-settings = Réglages
notice-dismiss = Fermer ce message
# Said by screen readers of a collapsible section's header.
a11y-open = ouvert
a11y-closed = fermé
back = Retour

## Bienvenue
welcome-title = Bienvenue dans Atelier
welcome-body = Le dossier de données { $path } n'existe pas encore. Vous pouvez le créer vide pour commencer, ou y mettre des données de démonstration (personnes fictives) pour essayer l'application.
welcome-create = Créer un dossier vide
welcome-demo = Essayer avec des données de démonstration
welcome-demo-hint = Dix personnes fictives, leurs parcours et quelques séances : pour découvrir Atelier sans risque. Rien de réel n'y est écrit.
welcome-create-hint = Pour commencer avec les personnes que vous accompagnez. Vous pourrez aussi choisir un autre dossier dans les réglages.

## Accueil
home-loading = Lecture du dossier de données ({ $path })…
home-new-collective = Nouvelle séance collective
home-new-one-to-one = Nouvel exercice individuel
home-today = Aujourd'hui
home-today-nothing = Rien d'urgent aujourd'hui : pas de séance à reprendre, personne à recontacter, pas de bilan en retard.
home-today-contacts = { $count ->
        [one] 1 personne à recontacter
       *[other] { $count } personnes à recontacter
    }
home-today-contact-line = { $name } : dernier contact il y a { $days ->
        [one] 1 jour
       *[other] { $days } jours
    }
home-today-contact-open = Voir le parcours { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
} pour reprendre contact
home-today-follow-ups = { $count ->
    [one] 1 chose à revoir
   *[other] { $count } choses à revoir
}
home-today-follow-up-line = { $name } : « { $text } »{ $late ->
        [0] , aujourd'hui
        [one] , en retard de 1 jour
       *[other] , en retard de { $late } jours
    }
home-today-follow-up-open = Voir le parcours { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
} pour ce qui est à revoir
home-today-reviews = { $count ->
        [one] 1 bilan d'étape à faire
       *[other] { $count } bilans d'étape à faire
    }
home-today-review-line = { $name } : bilan prévu le { $date }{ $late ->
        [0] , aujourd'hui
        [one] , en retard de 1 jour
       *[other] , en retard de { $late } jours
    }
home-today-review-open = Faire le bilan de « { $stage } » avec { $name }
home-today-more = … et { $count } de plus dans la liste des participants.
home-today-week = Cette semaine
home-today-week-line = { $collective ->
        [0] aucune séance collective
        [one] 1 séance collective
       *[other] { $collective } séances collectives
    }, { $one_to_one ->
        [0] aucun exercice individuel
        [one] 1 exercice individuel
       *[other] { $one_to_one } exercices individuels
    }.
home-drafts = Séances à reprendre
home-draft-line = { $activity }, enregistrée le { $date } — { $who }
home-draft-resume = Reprendre
home-draft-discard = Abandonner
home-participants = Participants
home-search = Rechercher
home-status = Statut
home-no-participants = Aucun participant ne correspond.
home-col-name = Prénom
home-col-status = Statut
home-col-last-contact = Dernier contact
home-contact-unknown = pas connu ici
home-today-offline = Sans connexion à la base du service, les rappels (personnes à recontacter, bilans, suivis) ne sont pas connus ici : ils reviennent avec la connexion.
home-never = jamais
home-start-one-to-one = Exercice individuel
home-start-one-to-one-for = Commencer un exercice individuel avec { $name }
home-all-sessions = Toutes les séances ({ $count })
sessions-title = Toutes les séances
sessions-newer = Plus récentes
sessions-older = Plus anciennes
sessions-page = Page { $page } sur { $pages }
home-recent = Séances récentes
home-sessions-offline = Les séances sont dans la base du service : elles reviennent avec la connexion.
home-no-sessions = Aucune séance enregistrée pour l'instant.
home-record-line = { $date } — { $activity } ({ $mode }, { $count ->
    [one] { $count } participant
   *[other] { $count } participants
})
filter-current = Suivis en cours
filter-active = Actifs
filter-on-hold = En veille
filter-exited = Sortis
filter-all = Tous
status-active = En cours
status-on-hold = En veille jusqu'au { $date }
status-exited = Sortie le { $date }
mode-collective = collectif
mode-one-to-one = individuel

## Préparation de la séance
setup-title-collective = Nouvelle séance collective
setup-title-one-to-one = Nouvel exercice individuel
setup-stage-review = Bilan de l'étape « { $stage } » : la décision prise à la fin fermera cette étape dans le parcours.
setup-activity = Activité
setup-from-file = extension : { $file }
setup-from-activity-file = fichier d'activité : { $file }
setup-no-activity = Aucune activité n'est disponible pour ce type de séance.
setup-participants = Participants
setup-not-named = ne sera pas nommé·e à l'écran
setup-quick-add = Ajouter rapidement une personne
setup-first-name = Prénom
setup-consent-keep = La personne accepte que son parcours soit conservé
setup-consent-projector = La personne accepte que son prénom apparaisse au projecteur
setup-consent-needed = Sans l'accord pour conserver le parcours, la personne ne peut pas être ajoutée.
setup-add = Ajouter
setup-added = { $name } a été ajouté·e.
setup-place = Lieu
setup-facilitator = Animateur ou animatrice
setup-pick-activity = Choisissez une activité.
setup-need-facilitator = Écrivez qui anime la séance : il sera retenu pour les prochaines.
setup-need-place = Écrivez où a lieu la séance : il sera retenu pour les prochaines.
setup-count = Cette activité se fait avec { $min } à { $max } participants.
setup-start = Commencer la séance
session-save-refused = L'activité n'a pas pu enregistrer son état ({ $reason }). Le dernier brouillon est gardé ; vous pouvez continuer.
session-start-failed = L'activité n'a pas pu démarrer : { $reason }
session-resume-missing = Cette séance utilise l'activité « { $activity } », qui n'est pas installée : elle ne peut pas être reprise pour l'instant.

## Séance en cours
runner-elapsed = { $minutes } min
runner-participants = Avec : { $names }
runner-projector-open = Ouvrir le projecteur
runner-projector-close = Fermer le projecteur
runner-blank = Écran noir (B)
runner-unblank = Rallumer le projecteur (B)
runner-fullscreen = Plein écran (F5)
runner-previous = Précédent
runner-next = Suivant
runner-follow-up = À revoir avec { $name } : « { $text } » (prévu le { $date }).
runner-end = Terminer la séance
runner-end-title = Terminer la séance maintenant ?
runner-end-go-on = Continuer la séance
runner-end-anyway = Terminer quand même
runner-key-line = { $key } : { $label }
runner-activity-keys = Touches de l'activité : { $keys }.
keys-help-title = Les touches de la séance
keys-help-next = Suivant : Page suivante (télécommande), flèche droite ou Espace
keys-help-previous = Précédent : Page précédente (télécommande) ou flèche gauche
keys-help-blank = B : écran noir au projecteur, et retour
keys-help-fullscreen = F5 : projecteur en plein écran ; Échap : en sortir
keys-help-help = F1 ou ? : ouvrir ou fermer cette aide
runner-keys-help = Suivant : Page suivante, flèche droite ou Espace. Précédent : Page précédente ou flèche gauche. B : écran noir. F5 : plein écran. Échap : quitter le plein écran. F1 : toutes les touches.
runner-keys-title = Les touches (F1 : toutes)
runner-keys-help-one = Suivant : Page suivante, flèche droite ou Espace. Précédent : Page précédente ou flèche gauche. F1 : toutes les touches.
runner-projector-hint = F5 met le projecteur en plein écran sur le second écran quand il y en a un. Sinon, faites glisser sa fenêtre sur l'écran voulu, puis appuyez sur F5.
runner-notes = Notes privées
runner-notes-private = Jamais affichées au projecteur.
runner-notes-field = Vos notes privées sur la séance
runner-preview = Aperçu du projecteur
projector-title = Atelier — projecteur

## Fin de séance
review-title = Fin de séance : ce que chacun retient
review-intro = Relisez avec chaque personne ce qui ira dans son parcours. Vous pouvez le modifier ou ne pas l'inclure.
review-title-one = Fin de l'exercice : ce que retient { $name }
review-intro-one = Relisez ensemble ce qui ira dans le parcours. Vous pouvez le modifier ou ne pas le garder.
review-takeaway = Ce que retient { $name }
review-include = Ajouter au parcours { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}
review-stage = Bilan de l'étape « { $stage } », pour le parcours : { $decision }.
review-stage-next = L'étape suivante, « { $title } », sera ajoutée au parcours{ $date ->
    [none] .
   *[other] , avec un bilan prévu le { $date }.
}
review-stage-open = La décision du bilan n'a pas été choisie : l'étape « { $stage } » reste ouverte dans le parcours. Revenez à la séance pour la choisir.
review-save = Enregistrer la séance
review-back = Revenir à la séance
activity-not-installed = Activité non installée ({ $id })
review-saved-pending = Pas de connexion à la base du service : la séance est gardée sur cet ordinateur et partira dès que la connexion reviendra. Rien n'est perdu.
db-offline = La base du service ne répond pas pour l'instant. Une séance enregistrée reste sur cet ordinateur et part dès que la connexion revient ; les parcours se modifient quand elle est revenue.
db-offline-roster = Pas de connexion à la base du service : vous voyez les personnes gardées sur cet ordinateur le { $date } à { $time } (prénoms seulement, sans leur parcours). Vous pouvez lancer une séance : elle est gardée ici et part dès que la connexion revient.
db-pending = { $count ->
    [one] Une séance attend sur cet ordinateur d'être envoyée à la base du service.
   *[other] { $count } séances attendent sur cet ordinateur d'être envoyées à la base du service.
}
db-send-now = Envoyer maintenant
db-sent = { $count ->
    [one] La séance gardée sur cet ordinateur a été envoyée à la base du service.
   *[other] Les { $count } séances gardées sur cet ordinateur ont été envoyées à la base du service.
}
db-not-sent = La séance { $session } n'a pas pu être envoyée : { $reason } Elle reste sur cet ordinateur, rien n'est perdu.
review-saved = Séance enregistrée : { $count } parcours mis à jour.
review-failed = La séance n'a pas pu être enregistrée : { $reason } Rien n'est perdu : vous pouvez réessayer.

## Compte rendu
record-title = Séance du { $date }
record-participants = Participants : { $names }
record-place = Lieu : { $place }
record-private-notes = Notes privées

## Réglages
settings-title = Réglages
settings-language = Langue
settings-facilitator = Votre nom (proposé comme animateur ou animatrice)
settings-projector = Projecteur
settings-theme-dark = Texte clair sur fond sombre
settings-theme-light = Texte sombre sur fond clair
settings-theme-contrast = Blanc et jaune sur noir (contraste maximal)
settings-phones-address = Adresse pour les téléphones des participants
settings-phones-in-force = En ce moment : { $address }, l'adresse donnée au démarrage d'Atelier (--phones-address). Elle passe avant le choix ci-dessous, qui servira au prochain démarrage sans elle.
settings-phones-automatic = Automatique ({ $address })
settings-phones-network = { $address } (réseau { $interface })
settings-phones-other = Ou une adresse écrite ici :
settings-phones-address-hint = Automatique : l'adresse de cet ordinateur sur le réseau local. Si l'ordinateur est sur plusieurs réseaux, choisissez celui de la salle. Une adresse écrite peut avoir un port, par exemple 192.168.1.20:8080.
settings-app-theme = Couleurs de la fenêtre
settings-window-text-size = Taille du texte et des boutons dans cette fenêtre (aussi Ctrl + et Ctrl -)
settings-app-light = Claires
settings-app-dark = Sombres
settings-text-size = Taille du texte au projecteur
settings-database = Les parcours et les séances sont dans la base de données du service : { $address }
settings-database-local = Sur cet ordinateur (brouillons, séances en attente d'envoi, extensions) : { $path }
settings-database-address = Base de données du service (si le service en a une)
settings-database-help = L'adresse sans le mot de passe : il se met dans le fichier ~/.pgpass de cet ordinateur (voir le README). Le dossier de données garde alors les brouillons et les séances en attente d'envoi.
settings-database-use = Utiliser cette base
settings-database-leave = Revenir au dossier de données seul
settings-database-no-password = Le mot de passe ne se garde pas dans les réglages : retirez-le de l'adresse et mettez-le dans le fichier ~/.pgpass de cet ordinateur.
settings-database-example = postgres://prenom@serveur/atelier?sslmode=require
settings-data-dir = Dossier de données : { $path }
settings-choose-dir = Choisir un autre dossier…

## The journey's vocabulary (app/words.rs)
not-given = non renseigné
phase-evaluation = Évaluation partagée de la situation
phase-project = Construction du projet professionnel
phase-job-search = Recherche d'emploi
phase-in-employment = Accompagnement dans l'emploi
rhythm-weekly = chaque semaine
rhythm-fortnightly = toutes les deux semaines
rhythm-monthly = chaque mois
rhythm-days = { $days ->
    [one] chaque jour
   *[other] tous les { $days } jours
}
contact-reason-job-search = recherche d'emploi en cours
contact-reason-new-job = premier mois dans l'emploi
contact-reason-monthly = au moins une fois par mois dans les autres cas
contact-reason-stage = prévu par l'étape en cours
contact-reason-on-hold = convenu pendant la mise en veille
milestone-work-trial = Stage ou mise en situation (PMSMP)
milestone-training = Formation
milestone-volunteering = Bénévolat
milestone-job = Emploi ({ $contract })
contract-cdi = CDI
contract-cdd = CDD
contract-interim = intérim
contract-alternance = alternance
exit-person-request = à sa demande
exit-stable-job = emploi stable
exit-moved-away = déménagement
exit-health = raisons de santé
exit-lost-contact = contact perdu malgré les relances
decision-continue = continuer : { $frame }
decision-continue-same = continuer l'accompagnement
decision-hand-over = passer le relais à { $to }
decision-stop = arrêter l'accompagnement
prescriber-mission-locale = Mission locale
prescriber-mdph = MDPH (décision de la CDAPH)

## The participant's document (app/printable.rs)
doc-journey-title = Mon parcours — { $name }
doc-session-title = Ma séance du { $date } — { $name }
doc-made-on = Document préparé le { $date }
doc-where = Où j'en suis
doc-since = Accompagnement commencé le { $date }
doc-advisor = Ma conseillère ou mon conseiller : { $name }
doc-phases = En ce moment : { $phases }
doc-what-matters = Ce qui compte pour moi
doc-wished-jobs = Les métiers qui m'intéressent : { $list }
doc-places = Les lieux : { $list }
doc-strengths = Mes points forts : { $list }
doc-accommodations = Ce qui m'aide au travail : { $list }
doc-hours = Mes horaires : { $hours }
doc-stages = Mes étapes
doc-objective = Objectif : { $text }
doc-objective-measure = {" "}(on saura que c'est atteint quand : { $measure })
doc-objective-due = {" "}— pour le { $date }
doc-action = Action : { $text }
doc-rhythm = Rencontres : { $rhythm }
doc-review = Bilan du { $date } : { $decision }
doc-experiences = Mes expériences
doc-sessions = Mes séances
doc-no-sessions = Pas encore de séance.
doc-takeaway = Ce que je retiens : { $text }
doc-no-takeaway = Rien de noté pour cette séance.
doc-rights = Ces informations vous appartiennent. Vous pouvez demander à les voir, les corriger ou les effacer à tout moment.
doc-file-stem = mon-parcours

## The journey screen (app/gui/journey.rs, charts.rs)
cancel = Annuler
home-open-journey = Ouvrir le parcours { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}
journey-saved = Tout est enregistré.
journey-unsaved = Modifications en cours : elles seront enregistrées en quittant le champ.
journey-conflict = Ce parcours a été modifié ailleurs entre-temps. Rien n'a été écrasé : rechargez-le, puis refaites vos changements.
journey-reload = Recharger le parcours
journey-advisor-is = suivi par { $name }
journey-resume-conditions = Conditions de reprise : { $conditions }
journey-phases-now = En ce moment : { $phases }
journey-no-contact = Pas encore de séance enregistrée.
journey-last-contact = Dernier contact le { $date } ({ $days ->
    [0] aujourd'hui
    [one] il y a 1 jour
   *[other] il y a { $days } jours
}).
journey-rhythm = Rythme attendu : { $rhythm } ({ $reason }).
journey-overdue = Le dernier contact date de plus longtemps que prévu : proposer un rendez-vous.
journey-overdue-on-hold = Le dernier contact date de plus longtemps que convenu pendant la veille : c'est le moment de l'appel prévu.
journey-document = Document pour la personne
journey-document-done = Document écrit : { $path }
journey-write-to-title = Où enregistrer le document ?
journey-write-to-why = Aucune fenêtre de choix de dossier n'a pu s'ouvrir sur cet ordinateur. Écrivez le dossier où l'enregistrer (par exemple une clé USB) : rien n'est écrit hors du dossier de données sans que vous l'ayez choisi.
journey-write-to-folder = Dossier où enregistrer
journey-write-to-confirm = Enregistrer dans ce dossier
journey-write-to-empty = Écrivez d'abord le dossier où enregistrer.
journey-copies = Copies remises hors du dossier de données
journey-copies-hint = Documents et exports écrits pour la personne. S'il faut tout effacer, l'effacement dit lesquels existent encore.
journey-copy-document = { $date } : document du parcours, { $path }
journey-copy-session-document = { $date } : document d'une séance, { $path }
journey-copy-export = { $date } : export complet, { $path }
journey-identity = Identité et orientation
journey-display-name = Prénom d'usage
journey-advisor = Conseillère ou conseiller
journey-prescriber = Orienté·e par
journey-prescriber-other = Autre service
journey-prescriber-name = Nom du service
journey-entry = Entrée dans l'accompagnement le { $date }
journey-consents = Consentements
journey-consent-keep = La personne accepte que son parcours soit conservé
journey-consent-projector = La personne accepte que son prénom s'affiche au projecteur
journey-consent-when = Noté le { $date } par { $who }
journey-consent-withdrawn = Sans ce consentement, le parcours ne doit pas être conservé : exportez ce que la personne souhaite garder, puis effacez ses données (section « Ses données »).
journey-preferences = Ce qui compte pour la personne
journey-one-per-line = Une idée par ligne.
journey-wished-jobs = Métiers souhaités
journey-places = Lieux
journey-strengths = Points forts
journey-accommodations = Aménagements utiles
journey-hours = Horaires souhaités
journey-updated = Mis à jour le { $date }
journey-phases = Phases de l'accompagnement
journey-from-to = du { $start } au { $end }
journey-since = depuis le { $start }
journey-phase-end = Terminer
journey-phase-end-label = Terminer la phase : { $phase }
journey-phase-start = Commencer une phase :
journey-follow-ups = À revoir
follow-ups-none = Rien à revoir pour l'instant.
follow-up-line = { $text } — { $due ->
        [yes] à revoir depuis le { $date }{ $late ->
            [0] , aujourd'hui
            [one] , en retard de 1 jour
           *[other] , en retard de { $late } jours
        }
       *[no] à revoir le { $date }
    }
follow-up-done = Fait
follow-up-done-label = Revu avec la personne : { $text }
follow-up-move = Changer la date
follow-up-new-date = Nouvelle date (JJ/MM/AAAA)
follow-up-move-confirm = Garder cette date
follow-up-text = Ce qui est à revoir
follow-up-date = Le (JJ/MM/AAAA)
follow-up-add = Noter
follow-up-no-text = Écrivez d'abord ce qui est à revoir.
follow-up-bad-date = Écrivez la date comme 20/11/2026.
journey-stages = Étapes et objectifs
journey-no-stages = Pas encore d'étape.
journey-review = Faire le bilan
journey-review-label = Faire le bilan de l'étape « { $stage } »
journey-review-no-activity = Aucune activité de bilan d'étape n'est disponible : le fichier d'activité « Bilan d'étape » a peut-être été remplacé par une version sans décision (journey: StageDecision). Remettez-la, puis relisez les activités dans Réglages.
journey-stage-new = Nouvelle étape
journey-stage-title = Nom de l'étape
journey-smart-hint = Un bon objectif est précis, mesurable, concret, réaliste et daté.
journey-objective = Objectif
journey-objective-measure = Comment saura-t-on qu'il est atteint ?
journey-objective-due = Pour quand (JJ/MM/AAAA)
journey-objective-add = Ajouter l'objectif
journey-objective-missing = Écrivez d'abord l'objectif.
journey-actions = Actions prévues (une par ligne)
journey-stage-rhythm = Rythme des rencontres
journey-stage-end = Fin prévue (JJ/MM/AAAA, facultatif)
journey-stage-add = Ajouter l'étape
journey-stage-title-missing = Donnez un nom à l'étape.
journey-bad-date = Une date n'a pas pu être lue : écrivez-la sous la forme 20/11/2026.
journey-milestones = Expériences
journey-no-milestones = Pas encore d'expérience notée.
journey-milestone-new = Ajouter une expérience
journey-milestone-kind = Type
journey-milestone-title = Poste ou intitulé
journey-milestone-employer = Employeur ou structure
journey-milestone-start = Début (JJ/MM/AAAA)
journey-milestone-end = Fin (JJ/MM/AAAA, facultatif)
journey-milestone-add = Enregistrer l'expérience
journey-milestone-title-missing = Donnez un intitulé à l'expérience.
journey-status = Situation et historique
journey-hold = Mettre en veille…
journey-resume = Reprendre l'accompagnement…
journey-re-enter = Revenir dans le service…
journey-re-enter-hint = La personne revient après sa sortie : c'est une nouvelle entrée, à sa date. Le rapport la compte comme un retour (pas comme un nouveau parcours), et l'historique garde la sortie.
journey-re-enter-date = Date du retour (JJ/MM/AAAA)
journey-status-re-entry = Retour dans le service
journey-exit = Noter une sortie…
journey-hold-hint = La mise en veille n'est pas une sortie : elle se fait seulement à la demande de la personne, pour une durée écrite et limitée, avec des conditions de reprise convenues ensemble.
journey-hold-asked = La personne a demandé cette mise en veille
journey-hold-until = Jusqu'au (JJ/MM/AAAA)
journey-hold-conditions = Conditions de reprise convenues
journey-hold-check-in = Pendant la veille, garder le contact :
journey-hold-check-in-none = pas de contact prévu
journey-hold-check-in-fortnight = un appel toutes les deux semaines
journey-hold-check-in-month = un appel par mois
journey-err-pause-not-active = Seul un accompagnement en cours peut être mis en veille.
journey-err-already-exited = Cet accompagnement est déjà terminé.
journey-err-already-active = L'accompagnement est déjà en cours.
journey-err-resume-after-exit = Après une sortie, la personne revient par « Revenir dans le service », avec la date de son retour.
journey-err-re-entry-not-exited = Seule une personne sortie du service peut y revenir.
journey-err-re-entry-date = La date du retour doit être écrite JJ/MM/AAAA, entre la sortie et aujourd'hui.
journey-err-no-stage = Cette étape n'existe plus : rouvrez le parcours.
journey-err-already-reviewed = Cette étape a déjà son bilan ; il est gardé tel quel.
journey-err-decision-detail = Précisez la décision : le nouveau cadre, ou vers qui l'on passe le relais.
journey-err-ends-before-start = La date de fin est avant la date de début.
journey-hold-not-asked = Une mise en veille se fait seulement à la demande de la personne.
journey-hold-bad-date = Indiquez une date de fin de veille à venir, sous la forme 20/01/2027.
journey-hold-no-conditions = Notez les conditions de reprise convenues avec la personne.
journey-exit-reason = Motif de sortie
journey-exit-other = Autre motif
journey-exit-no-reason = Précisez le motif de sortie.
journey-status-note = Remarque (facultatif)
journey-status-save = Enregistrer ce changement
journey-timeline = Séances et progrès
journey-no-sessions = Pas encore de séance.
journey-filter = Activité
journey-filter-all = Toutes les activités
journey-no-takeaway = (rien de noté)
journey-open-record = Ouvrir
journey-open-record-label = Ouvrir le compte rendu du { $date } : { $activity }
journey-session-document = Document
journey-session-document-label = Document pour la personne : séance du { $date }
journey-private = Notes privées
journey-private-hint = Jamais affichées au projecteur ni dans les documents pour la personne.
journey-private-notes = Notes privées de l'accompagnement
journey-last-name = Nom de famille (privé)
journey-gdpr = Ses données (RGPD)
journey-export-all = Exporter toutes ses données…
journey-export-all-hint = Un dossier avec le parcours, sa part de chaque séance et son document lisible.
journey-erase = Effacer toutes les données { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}…
journey-erase-first = Cela supprimera le parcours { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
} et le retirera de { $sessions ->
    [one] 1 séance
   *[other] { $sessions } séances
}. Le contenu anonyme des séances collectives reste. Voulez-vous continuer ?
journey-erase-second = Dernière vérification : l'effacement est définitif et ne peut pas être annulé. Pensez à exporter avant si la personne le souhaite.
journey-erase-confirm-1 = Oui, continuer
journey-erase-confirm-2 = Effacer définitivement
erase-done-ui = Les données ont été effacées : parcours supprimé, { $removed ->
    [one] { $removed } séance individuelle supprimée
   *[other] { $removed } séances individuelles supprimées
}, retiré de { $records ->
    [one] { $records } compte rendu
   *[other] { $records } comptes rendus
} de groupe et de { $drafts ->
    [one] { $drafts } brouillon
   *[other] { $drafts } brouillons
}.
chart-title = Progrès
chart-point = { $value } le { $date }
chart-values = Valeurs : { $values }
chart-named = Graphique : { $title }
doc-session-file-stem = ma-seance
journey-review-due = Le bilan de cette étape était prévu le { $date } : il reste à faire.
journey-activity-data = { $activity } : suivi en cours (mis à jour le { $date })
doc-status-active = Accompagnement en cours
doc-status-on-hold = Accompagnement en pause, à ma demande, jusqu'au { $date }
doc-status-exited = Accompagnement terminé le { $date }
journey-contacts = Contacts hors séances
journey-contacts-hint = Un rendez-vous, un appel, une visite sur le lieu de travail, un message : ils comptent pour le rythme de contact. Un contact avec un employeur ou un partenaire, sans la personne, compte dans l'activité du service.
journey-contact-new = Noter un contact…
journey-contact-date = Date (JJ/MM/AAAA)
journey-contact-note = Ce qui a été dit (privé, facultatif)
journey-contact-duration = Durée en minutes (facultatif)
journey-contact-add = Enregistrer le contact
journey-contact-bad-date = Indiquez une date passée ou d'aujourd'hui, sous la forme 20/11/2026.
journey-contact-no-kind = Choisissez comment le contact a eu lieu.
journey-contact-bad-duration = Écrivez la durée en minutes, de 1 à 1440 (par exemple 45), ou laissez vide.
journey-contact-minutes = { $minutes } min
contact-meeting = Rendez-vous
contact-call = Appel téléphonique
contact-video = Rendez-vous en visio
contact-workplace = Visite sur le lieu de travail
contact-message = Message avec réponse
contact-employer = Contact avec un employeur (sans la personne)
contact-partner = Contact avec un partenaire (prescripteur, soin…)
home-overdue = à recontacter
journey-save-failed = Le parcours n'a pas pu être enregistré. { $reason } Vos changements sont toujours à l'écran : réessayez quand le problème est réglé.
journey-retry = Réessayer d'enregistrer
journey-exit-date = Date de sortie (JJ/MM/AAAA)
journey-exit-bad-date = Indiquez une date de sortie passée ou d'aujourd'hui, sous la forme 20/11/2026.
journey-consent-history = Historique des consentements :
journey-consent-keep-given = { $date } : accord pour conserver le parcours (noté par { $who })
journey-consent-keep-withdrawn = { $date } : retrait de l'accord pour conserver le parcours (noté par { $who })
journey-consent-projector-given = { $date } : accord pour le prénom au projecteur (noté par { $who })
journey-consent-projector-withdrawn = { $date } : retrait de l'accord pour le prénom au projecteur (noté par { $who })
journey-no-folder = Aucun dossier choisi : rien n'a été écrit.

## Kit des extensions (atelier plugin)
plugin-new-done =
    Extension « { $id } » écrite dans { $dir }.
      Interface des extensions : { $api }
      Compilateur : { $channel } (rust-toolchain.toml)
    Ensuite :
      cd { $dir }
      cargo test
      cargo build --release
      atelier plugin check target/release/{ $library }
plugin-new-bad-id = L'identifiant « { $id } » ne convient pas : de 1 à 48 lettres minuscules sans accent, chiffres ou « _ », en commençant par une lettre (par exemple carte_reseau). Rien n'a été écrit.
plugin-new-not-empty = { $path } existe déjà et n'est pas vide. Rien n'a été écrit : choisissez un autre dossier avec --dir.
plugin-new-no-source = Les sources d'Atelier dont ce programme est issu ne sont plus là. Indiquez-les avec --atelier-src DOSSIER (les sources de la même version). Rien n'a été écrit.
plugin-new-not-source = { $path } n'est pas un dossier de sources d'Atelier (pas de plugins/api). Rien n'a été écrit.
plugin-new-other-source = Les sources de { $path } ne sont pas celles dont cet Atelier est issu (interface { $found }, cet Atelier : { $expected }). Une extension compilée avec elles serait refusée. Indiquez les sources de cette version avec --atelier-src. Rien n'a été écrit.
plugin-new-io = { $path } : { $reason }. L'extension n'est peut-être écrite qu'en partie : supprimez ce dossier et recommencez.
plugin-check-accepted = { $path } : acceptée. Activité « { $name } » ({ $id } { $version }).
plugin-check-refused = { $path } : refusée, { $reason }

## Le rapport d'activité du service
nav-service = Activité du service
service-this-month = Ce mois-ci
service-this-quarter = Ce trimestre
service-this-year = Cette année
service-from = Du
service-to = au
service-show = Afficher
service-bad-dates = Écrivez deux dates, la première avant la seconde, ainsi : 01/01/2026.
service-export = Exporter :
service-export-html = Rapport à imprimer (HTML)
service-export-md = Rapport (Markdown)
service-export-sessions = Séances (CSV)
service-export-people = Personnes, sans nom (CSV)
service-file-report = activite-service
service-file-sessions = seances
service-file-people = personnes-anonymes
service-month-words = { $month } : { $collective } coll., { $one_to_one } ind.
report-bad-period = La période ne va pas : --from doit venir avant --to.
report-unreadable = { $count ->
        [one] Un compte rendu n'a pas pu être lu : il n'est pas compté. « atelier check » dit pourquoi.
       *[other] { $count } comptes rendus n'ont pas pu être lus : ils ne sont pas comptés. « atelier check » dit pourquoi.
    }
report-written = Rapport écrit : { $path }
report-title = Activité du service
report-period = du { $from } au { $to }
report-month = { $month } { $year }
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
report-section-people = Les personnes accompagnées
report-section-sessions = Les séances
report-section-interventions = Les interventions et le temps passé
report-section-situations = La situation des personnes à la fin de la période
report-section-fidelity = Indicateurs de fidélité (échelle emploi accompagné)
report-section-definitions = Ce que compte chaque chiffre
report-caseload = File active
report-caseload-hint = Les personnes dont le parcours était ouvert à un moment de la période : entrées avant sa fin, et pas sorties avant son début.
report-new = Nouvelles entrées
report-new-hint = Les personnes entrées dans le service pour la première fois pendant la période.
report-re-entries = Retours après une sortie
report-re-entries-hint = Les personnes revenues pendant la période après être sorties du service (« Revenir dans le service », à la date du retour) : comptées une fois dans la file active, pas comme de nouvelles entrées.
report-exits = Sorties
report-exits-hint = Les sorties datées dans la période, par motif.
report-on-hold = En veille
report-on-hold-hint = Les personnes en veille le dernier jour de la période (à leur demande ; ce n'est pas une sortie).
report-exit-request = à la demande de la personne
report-exit-job = emploi durable
report-exit-moved = déménagement
report-exit-health = santé
report-exit-lost = contact perdu malgré les relances
report-exit-other = autre motif
report-collective = Séances collectives
report-collective-hint = Les séances collectives tenues dans Atelier pendant la période.
report-one-to-one = Exercices individuels
report-one-to-one-hint = Les exercices individuels tenus dans Atelier pendant la période.
report-average-group = Participants par séance collective, en moyenne
report-average-group-hint = Le nombre moyen de participants des séances collectives de la période.
report-people-in-sessions = Personnes venues au moins une fois
report-people-in-sessions-hint = Les personnes différentes qui ont pris part à au moins une séance de la période.
report-by-activity-hint = Les séances de la période de cette activité : collectives, puis individuelles.
report-activity-value = { $collective } coll. · { $one_to_one } ind.
report-intervention-value = { $count } · { $time }
report-without-length = {" "}({ $count } sans durée notée)
report-session-time-hint = Le nombre de séances et leur durée (du début à la fin de chaque séance, une fois par séance).
report-contact-hint = Les contacts notés dans les parcours pendant la période, et le temps noté avec eux ; ceux sans durée sont comptés à part.
report-situations-hint = Les personnes dont le parcours est ouvert le dernier jour de la période, selon leur expérience en cours ce jour-là (l'emploi d'abord, puis le stage ou la formation, puis le bénévolat) ; les autres construisent leur projet.
report-situation-job = En emploi
report-situation-placement = En stage ou en formation
report-situation-volunteering = En bénévolat
report-situation-project = Projet en construction
report-section-who = Qui adresse, qui accompagne
report-by-prescriber-hint = La file active selon qui a adressé la personne au service (le prescripteur noté dans son parcours).
report-advisor = Suivis par { $name }
report-by-advisor-hint = La file active de chaque conseiller ou conseillère (celui ou celle noté dans le parcours) : le nombre de personnes accompagnées par référent.
report-section-reached = Ce que les personnes ont atteint pendant la période
report-outcomes-hint = Les expériences commencées pendant la période, notées dans les parcours : emplois, stages ou PMSMP, formations, bénévolat.
report-contracts-hint = Les emplois commencés pendant la période, selon leur contrat.
report-outcome-job = Emplois
report-outcome-trial = Stages, PMSMP
report-outcome-training = Formations
report-outcome-volunteering = Bénévolat
report-contract-cdi = CDI
report-contract-cdd = CDD
report-contract-interim = Intérim
report-contract-alternance = Alternance
report-contract-other = Autre contrat
report-fidelity-employers = Contacts avec les employeurs par conseiller et par semaine (item 2.2)
report-fidelity-employers-hint = Les contacts avec un employeur notés pendant la période (contact employeur ou visite sur le lieu de travail), au sujet d'une personne, divisés par le nombre de conseillers de la file active et par le nombre de semaines de la période ; puis, ligne par ligne, ceux de chaque conseiller.
report-employers-value = { $rate } ({ $count ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $advisors ->
    [one] 1 conseiller
   *[other] { $advisors } conseillers
})
report-employers-advisor = { $count ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $rate } par semaine
report-fidelity-contracts = Emplois en contrat de droit commun (item 2.4)
report-fidelity-contracts-hint = Parmi les emplois commencés pendant la période, ceux en CDI, CDD ou alternance, que l'échelle française compte comme des contrats « compétitifs » ; l'intérim compte aussi quand la personne l'a choisi comme une solution durable, ce qu'Atelier ne sait pas : il est donné à part.
report-contracts-value = { $competitive } sur { $jobs } (intérim : { $interim })
report-fidelity-job-kinds = Diversité des emplois obtenus (item 3.3)
report-fidelity-job-kinds-hint = Parmi les emplois commencés pendant la période, combien d'intitulés de poste différents (sans tenir compte des majuscules ni des accents).
report-fidelity-employers-diversity = Diversité des employeurs (item 3.4)
report-fidelity-employers-diversity-hint = Parmi les emplois commencés pendant la période, combien d'employeurs différents (un employeur non noté compte à part chaque fois).
report-diversity-value = { $different ->
    [1] 1 différent
   *[other] { $different } différents
  } sur { $jobs }
report-no-jobs = aucun emploi commencé
report-fidelity-collective = Mois avec au moins une séance collective (item 3.5)
report-fidelity-collective-hint = Comme l'échelle de fidélité le note : les mois civils de la période où au moins une séance collective a eu lieu, sur le nombre de mois civils que la période touche (« au moins une fois par mois » des temps collectifs entre pairs).
report-months-value = { $with } mois sur { $months }
report-fidelity-rhythm = Rythme de rencontre tenu (item 4.5)
report-fidelity-rhythm-hint = Parmi les personnes à qui l'item demande un rythme pendant la période, celles rencontrées en personne ou en visio à ce rythme : au moins chaque semaine en recherche d'emploi et le premier mois d'un emploi, puis au moins chaque mois dans l'emploi. Les appels téléphoniques et les messages ne comptent pas ; les séances d'Atelier comptent. Une durée plus courte que le rythme ne donne pas d'avis.
report-rhythm-value = { $kept } sur { $asked }
report-rhythm-none = pas d'avis (aucune durée assez longue)
report-fidelity-employer = Jours jusqu'au premier contact employeur (médiane)
report-fidelity-employer-hint = Pour les personnes entrées pendant la période : le nombre médian de jours entre l'entrée et le premier contact avec un employeur (contact employeur ou visite sur le lieu de travail) ; entre parenthèses, celles qui n'en ont pas encore eu.
report-employer-value = { $days } j ({ $without } sans contact encore)
report-employer-none = — ({ $without } sans contact encore)
report-chart-title = Séances par mois
service-time-title = Temps du service sans personne
service-time-hint = Réunions d'équipe, comités, rencontres avec les partenaires, formations : le temps passé sans une personne accompagnée, compté dans le rapport. N'écrivez pas de nom de personne dans le sujet.
service-time-none = Aucun temps noté pour cette période.
service-time-line = { $date } — { $kind }, { $minutes } min
service-time-date = Date (JJ/MM/AAAA)
service-time-kind = Type
service-time-kind-choose = À choisir
service-time-minutes = Durée en minutes
service-time-subject = Sujet, en quelques mots
service-time-add = Noter ce temps
service-time-added = Temps noté : il compte dans le rapport.
service-time-bad-date = Écrivez la date ainsi : 20/11/2026 (pas après aujourd'hui).
service-time-no-kind = Choisissez le type de temps.
service-time-bad-minutes = Écrivez la durée en minutes, de 1 à 1440.
service-time-team = Réunion d'équipe
service-time-committee = Comité (pilotage, technique)
service-time-partners = Rencontre avec des partenaires
service-time-training = Formation, supervision
service-time-other = Autre temps du service
report-service-time-hint = Du temps passé par le service sans une personne accompagnée, noté sur l'écran « Activité du service » : combien de fois, et le temps total.
report-frozen-print = Chiffres de { $year } arrêtés le { $on } : ils ne changent plus, même si des données sont corrigées ou effacées ensuite.
report-frozen = Chiffres de { $year } arrêtés le { $on } : c'est ce rapport qui est gardé et exporté, même si des données changent ensuite.
report-frozen-differs = Recalculés aujourd'hui, ils diffèrent { $erasures ->
    [0] (des données ont été corrigées depuis).
    [one] (1 personne effacée depuis, ou des données corrigées).
   *[other] ({ $erasures } personnes effacées depuis, ou des données corrigées).
}
report-recomputed = Ces chiffres de { $year } sont calculés aujourd'hui : { $erasures ->
    [one] 1 personne effacée depuis n'y est plus.
   *[other] { $erasures } personnes effacées depuis n'y sont plus.
} Arrêtez les chiffres d'une année close pour qu'ils ne changent plus.
service-freeze = Arrêter les chiffres de { $year }
service-freeze-why = Un rapport transmis doit pouvoir être refait à l'identique : les chiffres arrêtés sont gardés (sans nom) et ne changent plus, même après un effacement. Exporter le rapport d'une année close les arrête aussi.
service-show-recomputed = Voir les chiffres recalculés aujourd'hui
service-exact-note = Cet écran est pour le service lui-même : les nombres y sont exacts, même 1 ou 2. Les documents exportés (rapport, CSV) écrivent 1 et 2 « < 3 », et le fichier par personne regroupe ou masque ce qui permettrait de reconnaître quelqu'un.
report-masked-note = Dans ce document, les nombres 1 et 2 sont écrits « < 3 » : de si petits groupes permettraient de reconnaître des personnes.
report-mode-collective = collective
report-mode-one-to-one = individuel
report-yes = oui
report-no = non
report-csv-sessions-header = date,mois,activite,mode,participants,minutes
report-csv-people-header = code,entree,retour,seances_collectives,exercices_individuels,contacts,situation_fin,sortie,en_veille_fin,recherche_emploi,rythme_rencontres_tenu,jours_premier_contact_employeur
report-csv-masked = masqué
report-csv-note-rule = Une ligne par personne, sans nom, sous un code qui change à chaque export. Pour que personne ne soit reconnu : 1 et 2 sont écrits « < 3 » ; une réponse donnée par moins de 3 personnes est écrite « masqué », avec d'autres ; les jours jusqu'au premier contact employeur sont donnés par tranche.
report-csv-note-entry = Entrée : { $count ->
    [one] 1 ligne donne
   *[other] { $count } lignes donnent
} le trimestre ou l'année au lieu du mois, ou « masqué » (moins de 3 personnes entrées ce mois-là, ce trimestre-là ou cette année-là).
report-csv-note-column = Colonne « { $column } » : des réponses données par moins de 3 personnes sont écrites « masqué ».
report-csv-note-lone = Entrée masquée sur { $count ->
    [one] 1 ligne dont les réponses, ensemble, restaient
   *[other] { $count } lignes dont les réponses, ensemble, restaient
} celles de moins de 3 personnes.
report-csv-col-re-entry = retour
report-csv-col-situation = situation_fin
report-csv-col-exit = sortie
report-csv-col-on-hold = en_veille_fin
report-csv-col-job-search = recherche_emploi
report-csv-col-rhythm = rythme_rencontres_tenu
report-csv-col-employer = jours_premier_contact_employeur

## The participants' phones
phones-page-title = Atelier : votre idée
phones-page-title-view = Atelier : votre avis
phones-page-rated = Réponse enregistrée, sans votre nom. Merci !
phones-page-already-rated = Votre réponse est déjà enregistrée. Merci !
phones-page-none-rated = Choisissez au moins une réponse avant d'envoyer.
phones-page-send = Envoyer
phones-page-sent = Idée déposée dans la boîte.
phones-page-another = Vous pouvez en écrire une autre.
phones-page-empty = Écrivez une idée avant d'envoyer.
phones-page-too-long = C'est un peu long : { $max } caractères au plus, s'il vous plaît.
phones-page-not-text = Ce texte n'a pas pu être lu. Essayez de le réécrire.
phones-page-too-many = Beaucoup d'idées en peu de temps : attendez une minute, puis envoyez la suivante.
phones-page-too-many-phones = Il y a déjà beaucoup de téléphones connectés. Donnez votre idée à l'animateur ou l'animatrice.
phones-page-too-many-tries = Beaucoup d'essais en peu de temps : attendez une minute, puis vérifiez l'adresse affichée au tableau.
phones-page-not-found = Page introuvable.
phones-page-anonymous = Votre nom n'est pas demandé et rien n'est gardé sur votre téléphone.
phones-start = Téléphones des participants
phones-stop = Arrêter les téléphones
phones-running = La page des téléphones est ouverte : { $address } (à taper : { $short })
phones-short-address = Adresse à taper sur un téléphone : { $address }
phones-failed = Les téléphones ne peuvent pas se connecter : { $reason }
phones-projector = Envoyez votre idée depuis votre téléphone
phones-projector-answer = Répondez depuis votre téléphone, sans votre nom

## The fidelity review's grid (Service screen, printed grid)
fidelity-title = Revue de fidélité { $year }
fidelity-intro = Les 27 items de l'échelle de fidélité, notés de 1 (pas suivi) à 5 (tout à fait suivi). Atelier calcule ceux que ses données mesurent, sur la période affichée ; l'équipe note les autres et peut remplacer une note calculée en disant pourquoi. Une note d'axe est la moyenne de ses items notés.
fidelity-axis-1 = Axe 1 · Un accompagnement ouvert à tous
fidelity-axis-2 = Axe 2 · L'emploi ordinaire au cœur du service
fidelity-axis-3 = Axe 3 · Attentif aux préférences des personnes
fidelity-axis-4 = Axe 4 · La manière d'accompagner
fidelity-axis-5 = Axe 5 · L'organisation du service
fidelity-axis-score = { $average } / 5 ({ $scored } { $scored ->
    [one] item noté
   *[other] items notés
  } sur { $items })
fidelity-axis-none = pas encore de note ({ $items ->
    [one] 1 item à noter
   *[other] { $items } items à noter
  })
fidelity-score = { $score } / 5
fidelity-computed = calculée
fidelity-entered = donnée en revue
fidelity-replaced = donnée en revue (calculée : { $computed } / 5)
fidelity-to-fill = à renseigner
fidelity-not-measured = rien à mesurer sur la période
fidelity-shown-only = montré pour la revue, qui le note
fidelity-national = Moyenne des 20 services de l'étude française : { $average } / 5
fidelity-thresholds = Seuils : { $text }
fidelity-choose = Note de l'item { $id }
fidelity-choose-none = pas encore notée
fidelity-choose-computed = la note calculée ({ $score } / 5)
fidelity-note = Sur quoi repose la note { $id }
fidelity-save = Enregistrer la note { $id }
fidelity-saved = Note de l'item { $id } enregistrée.
fidelity-evidence = Ce que compte l'item { $id } ({ $count })
fidelity-evidence-frozen = Les chiffres arrêtés ne gardent pas le détail : cochez « Montrer les chiffres recalculés » pour le voir.
fidelity-print = Imprimer la grille
fidelity-file = grille-fidelite
fidelity-blank = … / 5
fidelity-print-item = Item
fidelity-print-note = Note
fidelity-print-basis = Sur quoi
fidelity-print-filled = Notes données en revue : { $count } sur 27 ; notes calculées par Atelier : { $computed }.
fidelity-wrong-note = Une note va de 1 à 5.
fidelity-value-2-2 = { $rate } contact par conseiller et par semaine
fidelity-value-share = { $percent } %
fidelity-value-2-4 = { $percent } % des emplois commencés
fidelity-value-3-3 = { $percent } % d'emplois différents
fidelity-value-3-4 = { $percent } % d'employeurs différents
fidelity-value-3-5 = { $percent } % des mois avec une séance collective
fidelity-value-4-3 = { $days } jours en moyenne
fidelity-value-4-5 = { $percent } % des personnes rencontrées au rythme demandé
fidelity-value-5-1 = { $people } personnes par conseiller en moyenne
fidelity-thresholds-2-2 = 1 : moins de 2 · 2 : 2 · 3 : 3 ou 4 · 4 : 5 · 5 : 6 ou plus (contacts par semaine, au plus proche)
fidelity-thresholds-2-4 = 1 : moins de 65 % · 2 : 65 à 74 % · 3 : 75 à 84 % · 4 : 85 à 94 % · 5 : 95 % ou plus
fidelity-thresholds-3-3 = 1 : moins de 50 % · 2 : 50 à 59 % · 3 : 60 à 69 % · 4 : 70 à 84 % · 5 : 85 % ou plus
fidelity-thresholds-3-4 = 1 : moins de 50 % · 2 : 50 à 59 % · 3 : 60 à 69 % · 4 : 70 à 84 % · 5 : 85 % ou plus
fidelity-thresholds-3-5 = 1 : aucun temps collectif · 2 : de temps en temps · 3 : au moins chaque mois · 4 et 5 : à apprécier en revue
fidelity-thresholds-4-3 = 1 : plus de 270 jours · 2 : 151 à 270 · 3 : 61 à 150 · 4 : 31 à 60 · 5 : 30 jours ou moins
fidelity-thresholds-4-5 = l'item demande aussi un plan pour réduire peu à peu l'accompagnement : la revue le note
fidelity-thresholds-5-1 = 1 : 41 ou plus · 2 : 31 à 40 · 3 : 26 à 30 · 4 : 21 à 25 · 5 : 20 ou moins (personnes par conseiller)
fidelity-evidence-employer = { $date } · { $person } ({ $advisor }) · { $kind }
fidelity-evidence-job = { $date } · { $person } ({ $advisor }) · { $title } · { $contract } · { $employer }
fidelity-evidence-month = { $month } : { $count ->
    [0] aucune séance collective
    [one] 1 séance collective
   *[other] { $count } séances collectives
  }
fidelity-evidence-days = { $person } : { $days } jours entre l'entrée ({ $entry }) et le premier contact employeur
fidelity-evidence-no-employer = { $person } : entrée le { $entry }, pas encore de contact employeur (hors de la moyenne)
fidelity-evidence-rhythm = { $person } : { $kept ->
    [yes] rythme tenu
   *[no] rythme non tenu
  }
fidelity-evidence-advisor = { $advisor } : { $people } personnes suivies à la fin de la période
fidelity-item-1-1 = Aucune exclusion
fidelity-asks-1-1 = Personne n'est refusé pour sa distance à l'emploi, ses symptômes, une addiction ou son traitement : seule compte l'envie de travailler en milieu ordinaire.
fidelity-item-2-1 = Tourné vers l'emploi ordinaire
fidelity-asks-2-1 = Le service parle d'emploi ordinaire à tous, le met en avant auprès des personnes et des partenaires, et fait se rencontrer les personnes pour partager leurs expériences.
fidelity-item-2-2 = Fréquence des contacts avec les employeurs
fidelity-asks-2-2 = Chaque conseiller rencontre des employeurs au sujet d'une personne en particulier, plusieurs fois par semaine, et les note.
fidelity-item-2-3 = Qualité des relations avec les employeurs
fidelity-asks-2-3 = Les conseillers voient les employeurs plusieurs fois pour connaître leurs besoins, présenter le service et proposer une personne qui leur correspond, même sans poste ouvert.
fidelity-item-2-4 = Contrats de droit commun
fidelity-asks-2-4 = Les emplois obtenus sont des contrats ordinaires : CDI, CDD, alternance, et l'intérim quand la personne le choisit pour durer. Les entreprises adaptées, les SIAE, les stages et les PMSMP ne comptent pas.
fidelity-item-2-5 = Liens avec le service public de l'emploi
fidelity-asks-2-5 = Au-delà de la convention, des rencontres régulières avec France Travail, Cap emploi ou la mission locale sur la situation des personnes et les pistes d'emploi.
fidelity-item-3-1 = Évaluation professionnelle au fil de l'eau
fidelity-asks-3-1 = Les premiers rendez-vous font le point sur l'expérience de la personne, puis chaque expérience de travail enrichit un profil (compétences, préférences, forces, aménagements) tenu à jour.
fidelity-item-3-2 = Des emplois qui correspondent aux préférences
fidelity-asks-3-2 = Les pistes proposées partent de ce que la personne veut : le métier, les horaires, le lieu, ce qu'elle dit ou non de sa santé.
fidelity-item-3-3 = Diversité des emplois obtenus
fidelity-asks-3-3 = Les emplois obtenus sont de types différents, pas seulement quelques métiers plus faciles d'accès.
fidelity-item-3-4 = Diversité des employeurs
fidelity-asks-3-4 = Les emplois obtenus sont chez des employeurs différents.
fidelity-item-3-5 = Développement du pouvoir d'agir
fidelity-asks-3-5 = Des temps collectifs réguliers où les personnes travaillent entre pairs : confiance en soi, recherche d'emploi, partage d'expériences.
fidelity-item-4-1 = Droits sociaux
fidelity-asks-4-1 = Avec chaque personne, le service parle de ce que l'emploi change à ses droits (AAH, RSA, aide au logement…), avec un spécialiste si besoin, et l'aide dans ses démarches.
fidelity-item-4-2 = Parler ou non du handicap au travail
fidelity-asks-4-2 = Le service n'exige pas que la personne parle de son handicap ; il l'aide à peser pour et contre, à choisir ce qu'elle dit à l'employeur, et en reparle si l'emploi ne tient pas.
fidelity-item-4-3 = Recherche rapide d'un emploi ordinaire
fidelity-asks-4-3 = Peu de temps entre l'entrée et le premier contact avec un employeur.
fidelity-item-4-4 = Un accompagnement dans l'emploi adapté à chacun
fidelity-asks-4-4 = Dans l'emploi, un soutien qui suit le poste, les préférences et les besoins de la personne, avec l'employeur si elle le souhaite.
fidelity-item-4-5 = Intensité de l'accompagnement dans l'emploi
fidelity-asks-4-5 = Une rencontre en personne ou en visio chaque semaine en recherche d'emploi et le premier mois d'un emploi, puis au moins chaque mois ; un plan pour réduire peu à peu ; une réponse sous 3 jours en cas de crise.
fidelity-item-4-6 = Aller vers la personne
fidelity-asks-4-6 = L'accompagnement ne s'arrête pas sur des rendez-vous manqués ; les conseillers vont à la rencontre de la personne, notent leurs tentatives, peuvent se rendre chez elle et, si possible, faire le lien avec sa famille.
fidelity-item-4-7 = Temps passé hors du bureau
fidelity-asks-4-7 = Une grande part du temps des conseillers se passe chez les employeurs, auprès des personnes ou dans un lieu neutre.
fidelity-item-5-1 = Personnes suivies par conseiller
fidelity-asks-5-1 = Chaque conseiller suit un nombre limité de personnes : pas plus de 20 à 25.
fidelity-item-5-2 = Un temps consacré à l'emploi
fidelity-asks-5-2 = Les conseillers se consacrent à l'accompagnement vers et dans l'emploi, sans gérer aussi le reste de la vie des personnes.
fidelity-item-5-3 = Un même conseiller tout au long du parcours
fidelity-asks-5-3 = Le même conseiller (ou une petite équipe connue de la personne) l'accompagne de l'accueil au suivi dans l'emploi.
fidelity-item-5-4 = Lien avec les équipes de soin
fidelity-asks-5-4 = Avec l'accord de la personne, des échanges réguliers avec son équipe de soin ou son médecin.
fidelity-item-5-5 = Une équipe dédiée, avec une personne qui l'encadre
fidelity-asks-5-5 = Au moins deux conseillers et un coordinateur, qui se réunissent régulièrement, partagent les pistes d'emploi et se relaient.
fidelity-item-5-6 = Le rôle du coordinateur
fidelity-asks-5-6 = Un coordinateur qui soutient les conseillers, réunit l'équipe chaque semaine, fait le bilan du service et parle aux partenaires.
fidelity-item-5-7 = L'implication de la direction
fidelity-asks-5-7 = La direction connaît l'emploi accompagné, suit la qualité avec cette échelle, réunit un comité de pilotage et présente le bilan du service au moins deux fois par an.
fidelity-item-5-8 = Le temps des conseillers pour leur mission
fidelity-asks-5-8 = La mission d'emploi accompagné occupe une grande part du temps de travail de chaque conseiller.
fidelity-item-5-9 = La formation des conseillers
fidelity-asks-5-9 = Les conseillers ont été formés à l'emploi accompagné et aux effets du handicap des personnes qu'ils accompagnent.
err-no-fidelity-item = { $id } n'est pas un item de l'échelle de fidélité.

## Dossier chiffré
welcome-protect = Créer un dossier protégé par une phrase secrète
welcome-protect-hint = Chiffré sur le disque : sans votre phrase secrète (ou la clé de secours), personne ne lit les parcours. Conseillé sur un ordinateur portable ou un dossier partagé.
protect-title = Protéger le dossier par une phrase secrète
protect-body = Tout ce qu'Atelier écrit dans ce dossier sera chiffré. Vous l'ouvrirez avec votre phrase secrète ; des collègues pourront avoir la leur. Choisissez une phrase facile à retenir pour vous, difficile à deviner : plusieurs mots, par exemple.
protect-name = Votre nom
protect-passphrase = Phrase secrète
protect-again = La même phrase, encore une fois
protect-hint = Au moins { $count } caractères.
protect-no-name = Écrivez votre nom : il dit à qui est cette phrase secrète.
protect-different = Les deux phrases ne sont pas les mêmes. Retapez-les tranquillement.
protect-short = Cette phrase est un peu courte : il faut au moins { $count } caractères.
protect-create = Créer le dossier protégé
recovery-title = Votre clé de secours
recovery-body = Si la phrase secrète est oubliée, cette clé ouvre le dossier. Elle n'est montrée qu'une fois.
recovery-key-label = Clé de secours : { $key }
recovery-keep = Notez-la sur papier ou imprimez-la, et rangez-la à part, sous clé (pas dans ce dossier, pas à côté de l'ordinateur).
recovery-done = C'est noté, continuer
unlock-title = Ce dossier est protégé
unlock-body = Le dossier { $path } est chiffré. Tapez votre phrase secrète pour l'ouvrir.
unlock-passphrase = Phrase secrète
unlock-recovery = Clé de secours
unlock-open = Ouvrir le dossier
unlock-use-recovery = Phrase oubliée ? Utiliser la clé de secours
unlock-use-passphrase = Utiliser une phrase secrète
unlock-idle = Atelier s'est verrouillé après { $minutes } min sans activité. Ce qui était en cours est enregistré.
nav-lock = Verrouiller
settings-lock-after = Un dossier protégé se verrouille quand personne n'utilise la fenêtre pendant
settings-lock-minutes = { $minutes } min
settings-lock-never = jamais
cli-no-passphrase = Ce dossier est chiffré : donnez sa phrase secrète avec --passphrase-file FICHIER (sa première ligne) ou la variable ATELIER_PASSPHRASE.
cli-encrypt-name = Dites à qui est la phrase secrète : --name VOTRE_NOM (ou votre nom dans les réglages d'Atelier).
cli-encrypted = Dossier chiffré : { $done ->
        [0] aucun fichier chiffré maintenant
        [one] 1 fichier chiffré maintenant
       *[other] { $done } fichiers chiffrés maintenant
    }, { $already ->
        [0] aucun ne l'était déjà.
        [one] 1 l'était déjà.
       *[other] { $already } l'étaient déjà.
    }
cli-recovery-key = Clé de secours (notez-la et rangez-la à part, sous clé ; elle n'est montrée qu'une fois) : { $key }
cli-decrypted = Dossier en clair : { $done ->
        [0] aucun fichier déchiffré maintenant
        [one] 1 fichier déchiffré maintenant
       *[other] { $done } fichiers déchiffrés maintenant
    }, { $already ->
        [0] aucun ne l'était déjà.
        [one] 1 l'était déjà.
       *[other] { $already } l'étaient déjà.
    } Il n'est plus protégé sur le disque.
advisors-title = Qui peut ouvrir ce dossier chiffré
advisors-body = Chaque personne a sa propre phrase secrète. Retirer quelqu'un ne rechiffre pas les fichiers : ce qu'elle a pu copier avant reste lisible pour elle.
advisors-remove = Retirer { $name }
advisors-add-title = Ajouter un ou une collègue
advisors-name = Son nom
advisors-passphrase = Sa phrase secrète
advisors-again = La même phrase, encore une fois
advisors-add = Ajouter
advisors-added = { $name } peut maintenant ouvrir le dossier avec sa phrase secrète.
advisors-removed = { $name } ne peut plus ouvrir le dossier.
written-in-clear = Ce fichier n'est pas chiffré : rangez-le en lieu sûr, et effacez-le quand il ne sert plus.
recovery-print = Imprimer la clé…
recovery-page-folder = Dossier de données : { $path } — clé faite le { $date }.
recovery-printed = La clé est dans { $path }, pour l'imprimer. Ce fichier n'est pas chiffré : imprimez-le, puis effacez-le.
