name = Habiletés sociales
description = Résoudre un problème en cinq étapes, suivre un comportement mesuré d'une séance à l'autre, s'entraîner par des jeux de rôle.
tab-steps = Résoudre un problème
tab-tracking = Comportement suivi
tab-role-play = Jeux de rôle
for-person = Pour :
step-of = Étape { $step } sur 5 — { $title }
step-1 = Nommer la difficulté et se fixer un but
step-2 = Chercher plusieurs solutions
step-3 = Penser aux conséquences
step-4 = Comparer et choisir
step-5 = Faire un plan d'action
questions-1 = En quoi est-ce une difficulté pour vous ?
    Dans quelles situations cela arrive-t-il ?
    Qu'aimeriez-vous qu'il se passe à la place ?
questions-2 = Comment pourriez-vous faire autrement ?
    Comment d'autres personnes s'y prendraient-elles ?
    Toutes les idées comptent : on trie plus tard.
questions-3 = Pour chaque solution : comment les autres se sentiraient-ils ?
    Que se passerait-il ensuite ?
questions-4 = Quelle solution vous semble la meilleure ? Pourquoi ?
    Qu'est-ce qui vous fait dire qu'elle vous convient ?
questions-5 = Quel est votre but ?
    Quelles sont les étapes pour y arriver ?
    Quels obstacles pourriez-vous rencontrer ?
    Combien de temps cela vous prendra-t-il ?
step-previous = Étape précédente
step-next = Étape suivante
difficulty = La difficulté
goal = Le but
solution-new = Une solution
solution-add = Ajouter la solution
solution-remove = Retirer
solution-remove-label = Retirer la solution : { $text }
solution-text-label = Solution { $n }
no-solutions = Pas encore de solution : revenez à l'étape 2.
consequences-of = Conséquences de : { $text }
choose = Choisir : { $text }
why-chosen = Pourquoi ce choix
plan-goal = Mon but
plan-steps = Les étapes
plan-obstacles = Les obstacles possibles
plan-duration = Combien de temps
takeaway-problem = Ma difficulté : { $difficulty }.
takeaway-choice = Ce que je vais essayer : { $solution }.
takeaway-steps = Mes étapes : { $steps }.
takeaway-duration = Pour : { $duration }.
takeaway-role-play = À essayer après le jeu de rôle : { $text }.
domain-label = Domaine
domain-peers = Relations avec les collègues (travail d'équipe, accepter une critique)
domain-self-control = Maîtrise de soi (colère, compromis)
domain-work-method = Méthode de travail (travailler seul·e)
domain-compliance = Respect des règles et des consignes
domain-assertion = Affirmation de soi (engager la conversation, recevoir un compliment)
target-new = Choisir le comportement à travailler
target-situation = La situation sociale choisie avec la personne
target-behaviour = Le comportement, observable : ce qui compte
target-behaviour-hint = Par exemple : « dire bonjour à ses collègues en arrivant ».
measure-label = Comment le mesurer
measure-count = Nombre de fois
measure-percent = Part des occasions (0 à 100 %)
measure-rating = Note de 1 (pas du tout) à 5 (tout à fait)
unit-label = Sur quelle période (pour un nombre)
unit-hint = par jour, par semaine…
target-start = Commencer le suivi
target-missing = Décrivez la situation et le comportement, pour que les progrès puissent se mesurer.
target-summary = { $domain } — { $behaviour }
target-measure = Mesure : { $measure } { $unit }
target-since = Suivi depuis le { $date }
stored-unreadable = Le suivi gardé dans le parcours n'a pas pu être relu ({ $reason }). Un nouveau suivi commence ; l'ancien texte reste dans le parcours jusqu'à l'enregistrement.
baseline-progress = Ligne de base : { $days ->
    [one] { $days } jour mesuré sur 3.
   *[other] { $days } jours mesurés sur 3.
}
baseline-done = Ligne de base faite : trois occasions distinctes.
follow-up-progress = Suivi : { $days ->
    [one] { $days } jour depuis la première mesure
   *[other] { $days } jours depuis la première mesure
} (le suivi dure au moins deux semaines).
follow-up-done = Suivi : { $days } jours, au moins deux semaines.
measure-new = Nouvelle mesure
measure-date = Date (JJ/MM/AAAA)
measure-value = Valeur
phase-baseline = Ligne de base
phase-follow-up = Suivi
source-label = Observé par
source-person = La personne
source-advisor = La conseillère ou le conseiller
source-employer = L'employeur ou un collègue
source-family = La famille ou l'entourage
source-other = Quelqu'un d'autre
source-other-role = Qui (son rôle)
measure-note = Où, avec qui (facultatif)
measure-add = Ajouter la mesure
measure-bad-date = La date n'a pas pu être lue : écrivez-la sous la forme 20/11/2026.
measure-bad-value = La valeur ne convient pas à cette mesure.
measure-line = { $date } · { $phase } · { $value } · { $source }
techniques-title = Techniques utilisées aujourd'hui
technique-modelling = Montrer l'exemple (modelage)
technique-role-play = Jeu de rôle
technique-shaping = Progresser par petits pas (façonnement)
technique-feedback = Retour : ce qui va, puis une chose à essayer
technique-reinforcement = Encourager les progrès (renforcement)
change-title = Ajuster l'entraînement (une seule chose à la fois)
change-what = Ce qui change
change-add = Noter ce changement
change-line = { $date } : { $what }
generalisation = Avec d'autres personnes, dans d'autres lieux
fading = Comment le soutien diminue peu à peu
target-close = Terminer ce suivi et en choisir un autre
chart-phase-change = Début du suivi
chart-unit-count = Nombre de fois
chart-unit-count-per = Nombre de fois ({ $unit })
chart-unit-percent = Part des occasions (%)
chart-unit-rating = Note de 1 à 5
projector-tracking-title = Suivre un comportement, pas à pas
projector-tracking-1 = On observe une seule chose, concrète, que l'on peut compter.
projector-tracking-2 = D'abord quelques jours sans rien changer, pour savoir d'où l'on part.
projector-tracking-3 = Ensuite, un seul changement à la fois, et on regarde ce qu'il apporte.
chart-title = Ligne de base et suivi
chart-baseline = Ligne de base
chart-follow-up = Suivi
chart-mean = Moyenne de la ligne de base
chart-change = Changement
chart-words = Ligne de base : { $baseline }. Suivi : { $follow }.
chart-none = aucune mesure
role-scenario = Scénario
role-new = Écrire un nouveau scénario
role-new-title = Titre du scénario
role-new-situation = La situation
role-new-roles = Les rôles (séparés par des virgules)
role-new-add = Ajouter le scénario
role-who = Qui joue : { $role }
role-facilitator = L'animatrice ou l'animateur
role-nobody = Pas encore choisi
role-feedback-title = Retour, toujours dans cet ordre
role-went-well = D'abord : ce qui s'est bien passé
role-to-try = Ensuite : une chose à essayer
role-save = Enregistrer ce jeu de rôle
role-save-missing = Notez d'abord ce qui s'est bien passé.
role-done = Jeux de rôle faits
role-done-line = { $scenario } — bien : { $well } — à essayer : { $try }
scenario-1-title = Entretien d'embauche
scenario-1-situation = Vous vous présentez pour un poste. On vous demande de parler de vous et de ce que vous savez bien faire.
scenario-1-roles = Recruteur ou recruteuse, Candidat ou candidate
scenario-2-title = Une critique du responsable
scenario-2-situation = Votre responsable vous dit qu'une tâche n'a pas été faite comme il fallait.
scenario-2-roles = Responsable, Salarié ou salariée
scenario-3-title = Demander de l'aide à un collègue
scenario-3-situation = Vous ne savez pas comment faire une tâche nouvelle. Vous allez voir un collègue.
scenario-3-roles = Collègue, Salarié ou salariée
scenario-4-title = Dire non
scenario-4-situation = Un collègue vous demande de rester plus tard, alors que vous avez déjà un rendez-vous.
scenario-4-roles = Collègue, Salarié ou salariée
scenario-5-title = Recevoir un compliment
scenario-5-situation = Votre responsable vous félicite pour votre travail de la semaine.
scenario-5-roles = Responsable, Salarié ou salariée
scenario-6-title = Engager la conversation à la pause
scenario-6-situation = C'est la pause. Un collègue que vous connaissez peu est seul à la machine à café.
scenario-6-roles = Collègue, Salarié ou salariée
projector-title = Entraînement aux habiletés sociales
projector-roles = Les rôles : { $roles }
summary = Habiletés sociales : { $steps ->
    [one] { $steps } personne a fait un plan
   *[other] { $steps } personnes ont fait un plan
}, { $plays ->
    [one] { $plays } jeu de rôle
   *[other] { $plays } jeux de rôle
}, { $measures ->
    [one] { $measures } mesure ajoutée
   *[other] { $measures } mesures ajoutées
}.
restore-error = Le brouillon des habiletés sociales n'a pas pu être relu : { $reason }
record-chosen = {" "}(choisie)
record-measure = Mesure du { $date } : { $value } (observée par : { $source })
measure-remove = Retirer
measure-remove-label = Retirer la mesure du { $date } ({ $value })
# Said by screen readers of a collapsible section's header.
section-open = ouvert
section-closed = fermé
