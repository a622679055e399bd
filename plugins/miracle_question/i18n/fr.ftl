name = Question miracle
description = Imaginer le jour où le problème a disparu, en repérer les signes concrets, se situer de 0 à 10 et choisir un premier petit pas.
step-situation = La situation
step-miracle = La question miracle
step-follow-up = Pour rendre l'image concrète
step-signs = Les signes repérés
step-scale = Où en êtes-vous aujourd'hui ?
step-first-step = Un premier petit pas
step-end = Ce qui est retenu
prompt-situation = Racontez la situation avec vos mots : qu'est-ce qui est difficile en ce moment ?
prompt-miracle = Imaginez : cette nuit, pendant que vous dormez, un petit miracle se produit et ce problème disparaît. Vous ne le savez pas encore. Demain matin, à quoi vous rendez-vous compte que quelque chose a changé ?
prompt-first-notice = Quelle est la toute première chose que vous remarqueriez au réveil ?
prompt-others-notice = Qui, autour de vous, remarquerait le changement ? À quoi le verrait-il ?
prompt-day = Racontez cette journée, heure par heure.
prompt-colleagues = Comment cela se passerait-il avec vos collègues ?
prompt-feeling = Comment vous sentiriez-vous ?
prompt-signs = Voici les signes que vous avez décrits. Lesquels sont les plus parlants pour vous ?
prompt-scale = Sur une échelle de 0 à 10, où 10 est ce jour-là, où en êtes-vous aujourd'hui ? Qu'est-ce qui en existe déjà ?
prompt-first-step = Quel serait un premier petit pas, facile à faire, vers ce jour-là ?
answer-label = Réponse { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}, dans ses mots
situation-label = La situation, selon { $name }
miracle-label = Ce { $elision ->
    [yes] qu'{ $name }
   *[no] que { $name }
} remarquerait
add-as-sign = Garder comme signe
signs-label = Les signes { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}
sign-new-label = Nouveau signe pour { $name }
sign-add = Ajouter le signe
sign-remove = Retirer « { $sign } »
no-signs = Aucun signe noté pour l'instant.
kept-as-sign = Gardé dans les signes.
scale-low = 0 : rien de ce jour-là
scale-high = 10 : le jour du miracle
scale-label = { $value } sur 10
scale-button = { $value }
scale-of = { $name } se situe à
exists-label = Ce qui existe déjà, pour { $name }
first-step-label = Premier petit pas { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}
review-in = On en reparle dans
review-week = 1 semaine
review-two-weeks = 2 semaines
review-month = 1 mois
review-date = On en reparle le { $date }.
last-time = La dernière fois : { $value } sur 10.
person = Personne
skip = Passer cette question
unskip = Reprendre cette question
skipped = (passée)
move-up = Monter
move-down = Descendre
prompts-title = Questions pour la suite
custom-prompt-label = Votre propre question
custom-prompt-add = Ajouter la question
show-answers = Montrer les réponses au projecteur (sans les noms)
projector-answers = Ce qui a été dit :
step-of = Étape { $step } sur { $total }
takeaway-signs = Signes : { $signs }.
takeaway-scale = Aujourd'hui : { $value } sur 10.
takeaway-exists = Déjà là : { $exists }.
takeaway-first-step = Premier petit pas : { $step }
takeaway-review = (on en reparle le { $date })
summary = Question miracle : { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}, { $signs ->
    [one] { $signs } signe repéré
   *[other] { $signs } signes repérés
}.
chart-scale = Échelle 0–10
restore-error = Le brouillon de la question miracle n'a pas pu être relu : { $reason }
# Said by screen readers of a collapsible section's header.
section-open = ouvert
section-closed = fermé
