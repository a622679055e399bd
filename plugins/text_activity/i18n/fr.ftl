# Activités décrites dans un fichier texte : la séance, et les erreurs des fichiers.

step-of = Étape { $step } sur { $total }
projector-says = Au projecteur : { $text }
person = Personne :
person-done = { $name } (fait)
person-select = Saisir les réponses { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}{ $done ->
    [yes] {" "}(fait)
   *[no] {""}
}
answers-of = Réponses { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}
for-group = Pour le groupe
show-on-projector = Montrer au projecteur, sans les noms : { $label }
from-last-time = Repris de la dernière séance : à revoir ensemble.
anonymous-note = Sans nom : on garde ce qui est dit, jamais qui l'a dit.
anonymous-grid-note = Sans nom : on compte les réponses, sans garder qui a répondu quoi. Les téléphones des participants peuvent répondre.
grid-answers = { $count ->
    [0] Aucune réponse pour l'instant.
    [one] 1 réponse.
   *[other] { $count } réponses.
}
paper-answer = Une réponse donnée sur papier :
paper-add = Ajouter cette réponse
item-new = Nouvel élément : { $label }
item-add = Ajouter
item-add-to = Ajouter à la liste : { $label }
item-remove = Retirer : { $item }
checklist-count = { $done } sur { $total }
scale-value = { $label } : { $value }
scale-end = { $value } = { $text }
rating-line = { $statement } : { $level }
date-example = jj/mm/aaaa
date-hint = Écrivez la date ainsi : 20/11/2026.
likert-1 = Pas d'accord
likert-2 = Plutôt pas d'accord
likert-3 = Entre les deux
likert-4 = Plutôt d'accord
likert-5 = D'accord
tally-line = { $statement } — { $counts }
projector-count = { $option } : { $count }
kept-heading = Gardé pour la prochaine séance :
record-line = { $name } : { $answer }
summary = { $activity } : { $parts }.
summary-people = { $answered ->
        [0] personne n'a répondu
        [one] 1 personne sur { $people } a répondu
       *[other] { $answered } personnes sur { $people } ont répondu
    }
summary-group = { $count ->
        [one] 1 réponse du groupe
       *[other] { $count } réponses du groupe
    }
summary-rated = { $count ->
        [one] 1 réponse sans nom à la grille
       *[other] { $count } réponses sans nom à la grille
    }
summary-texts = { $count ->
        [one] 1 contribution sans nom
       *[other] { $count } contributions sans nom
    }
restore-error = La séance en cours n'a pas pu être relue ({ $reason }).
restore-other-activity = Ce brouillon appartient à une autre activité ({ $id }).

err-located = ligne { $line }, colonne { $column } : { $message }
err-unreadable = Le fichier n'a pas pu être lu ({ $reason }).
err-too-large = Le fichier est trop gros ({ $size } Ko ; { $max } Ko au plus) : ce n'est sans doute pas une activité.
err-not-utf8 = Le fichier n'est pas enregistré en UTF-8. Dans votre éditeur, choisissez « Enregistrer sous » puis l'encodage UTF-8.
err-unexpected-end = Le fichier s'arrête trop tôt : une parenthèse, un crochet ou des guillemets ne sont pas refermés.
err-missing-comma = Il manque une virgule entre deux éléments, ou des guillemets ne sont pas refermés un peu avant cet endroit.
err-comma-at-line-end = Il manque une virgule à la fin de cette ligne, après « { $after } » : ajoutez « , » juste après. Chaque élément d'une liste ou d'un groupe se termine par une virgule.
err-expected-text = Un texte doit être écrit entre guillemets droits, ainsi : "Mon texte".
err-unclosed-quotes = Des guillemets ne sont pas refermés : chaque texte commence et finit par ".
err-expected-number = Un nombre entier est attendu ici, par exemple 0 ou 10.
err-expected-bool = Il faut écrire ici true (oui) ou false (non).
err-expected-list = Une liste s'écrit entre crochets [ ] ; l'un des deux manque.
err-expected-parenthesis = Une parenthèse manque ici : chaque ( doit être refermée par ).
err-curly-quotes = Un texte s'écrit entre guillemets droits "…" : les guillemets typographiques (« », “ ”) ne conviennent pas ici. Votre éditeur les a peut-être mis tout seul.
err-unexpected-char = Le caractère « { $char } » n'a pas sa place ici.
err-text-after-end = Il reste du texte après la dernière parenthèse de l'activité : une parenthèse est peut-être fermée trop tôt.
err-unclosed-comment = Un commentaire /* n'est pas refermé par */.
err-too-deep = Trop de parenthèses ou de crochets les uns dans les autres.
err-unknown-key-nearest = La clé « { $found } » n'existe pas ici. Vouliez-vous écrire « { $nearest } » ?
err-unknown-key = La clé « { $found } » n'existe pas ici. Clés possibles : { $expected }.
err-missing-key = Il manque la clé « { $key } ».
err-duplicate-key = La clé « { $key } » est écrite deux fois.
err-did-you-mean = {" "}Vouliez-vous écrire « { $nearest } » ?
err-unknown-kind = « { $found } » n'est pas un type de champ connu.{ $nearest } Types possibles : { $kinds }.
err-unknown-value = « { $found } » n'est pas une valeur possible ici.{ $nearest } Valeurs possibles : { $expected }.
err-other = Ce qui est écrit ici ne convient pas ({ $detail }).
err-newer-format = Ce fichier est écrit pour une version plus récente d'Atelier (format { $found } ; celle-ci lit le format { $supported }). Mettez Atelier à jour.
err-bad-id = L'identifiant « { $id } » ne convient pas : il faut de 1 à 48 lettres minuscules sans accent, chiffres ou _ (par exemple bilan_de_stage).
err-empty-text = Ce texte est vide : écrivez au moins le français.
err-too-long = Ce texte est trop long ({ $max } caractères au plus).
err-too-many = Trop d'éléments dans « { $what } » ({ $max } au plus).
err-no-steps = L'activité n'a aucune étape : ajoutez-en au moins une dans steps.
err-limits = Le nombre de participants ne va pas : de { $min } à { $max }. Il faut au moins 1, au plus 30, et min pas plus grand que max.
err-one-to-one-limits = Une activité seulement individuelle (OneToOne) se fait avec une seule personne : mettez min: 1.
err-duplicate-field = Deux champs ont l'identifiant « { $id } » : chaque champ doit avoir le sien.
err-too-few-options = Il faut au moins deux choix (ou deux phrases).
err-scale-range = L'échelle va de { $min } à { $max } : le plus petit doit être avant le plus grand, avec au plus { $span } écarts.
err-likert-levels = Une grille a de 2 à 7 niveaux.
err-anonymous-kind = anonymous ne va qu'avec un texte ou une grille pour le groupe (for: Group, et ShortText, LongText, List ou Likert).
err-anonymous-person = Un champ anonyme ne peut pas aller dans ce que retient une personne, dans ses graphiques, ni être gardé pour elle (takeaway, chart, keep).
err-chart-scale = chart ne va qu'avec une échelle (Scale) remplie par chaque personne.
err-keep-group = keep ne va qu'avec un champ rempli par chaque personne (une réponse de groupe n'appartient à personne).
err-projector-kind = Le projecteur ne sait pas montrer un champ { $kind } sans les noms : retirez show_on_projector.
err-takeaway-placeholder = Dans takeaway, seul {"{"}value{"}"} est remplacé (par la réponse) ; « { $found } » ne l'est pas.
err-journey-kind = Ce champ ne peut pas servir de { $role } : StageDecision est un SingleChoice de trois choix (poursuivre avec un nouveau cadre, passer le relais, arrêter, dans cet ordre) ; HandOverTo et NextGoal sont des textes (ShortText ou LongText) ; NextActions est une liste (List) ; NextReview est une date (Date).
err-journey-group = journey ne va qu'avec un champ rempli par chaque personne, sans anonymous : une étape appartient au parcours d'une personne.
err-journey-twice = Deux champs ont journey: { $role } : un seul champ peut l'avoir.
err-journey-without-decision = journey ne sert que dans un bilan d'étape : ajoutez le champ de la décision (journey: StageDecision), ou retirez journey.

## A stage review: the stage from the journey
stage-title = L'étape : { $title }
stage-span = Du { $start } au { $end } (fin prévue)
stage-since = Commencée le { $start }
stage-objectives = Ses objectifs :
stage-actions = Les actions prévues :
stage-kept = La décision prise à la fin sera enregistrée comme le bilan de cette étape, dans le parcours.
stage-none = Pas d'étape à faire le bilan dans le parcours : ce bilan sera gardé avec la séance, sans fermer d'étape.
