name = Semaine type
description = Construire avec la personne une semaine réaliste, du lundi au vendredi, et vérifier les points qui aident à tenir un emploi.
title = Ma semaine type
intro = Remplissez chaque créneau avec ce que la personne fait ou veut faire. Partez de ce qu'elle arrive déjà à tenir.
for-person = Avec { $name }
slot-header = Créneau
cell-label = { $day }, { $slot }
checks-title = Points à vérifier ensemble
answer-yes = Oui
answer-no = Pas encore
answer-unsure = À voir
answer-none = Sans réponse
note-label = Remarque pour « { $question } »
note-hint = Une remarque (facultatif)
filled = { $filled ->
    [one] { $filled } créneau rempli
   *[other] { $filled } créneaux remplis
} sur { $total }
to-work-on = À travailler : { $items }
all-good = Tous les points vérifiés sont en place.
takeaway = Semaine type : { $filled ->
    [one] { $filled } créneau rempli
   *[other] { $filled } créneaux remplis
} sur { $total }. { $checks }
action-next-day = Jour suivant
action-previous-day = Jour précédent
projector-empty = (libre)
restore-error = Le brouillon de la semaine type n'a pas pu être relu : { $reason }
day-0 = Lundi
day-1 = Mardi
day-2 = Mercredi
day-3 = Jeudi
day-4 = Vendredi
slot-0 = 9 h – 10 h
slot-1 = 10 h – 12 h
slot-2 = 12 h – 14 h
slot-3 = 14 h – 16 h
slot-4 = 16 h – 18 h
slot-5 = 18 h – 20 h
slot-6 = 20 h – 22 h
check-bedtime = Je me couche assez tôt la veille d'un jour de travail.
check-sleep = Je dors assez pour être en forme le matin.
check-breakfast = Je prends un petit-déjeuner avant de partir.
check-medication = Je sais comment prendre mon traitement un jour de travail.
check-late = Je sais qui prévenir et comment si je suis en retard.
check-reach = Je peux joindre mon conseiller ou ma conseillère, et mon employeur.
check-short-bedtime = l'heure du coucher
check-short-sleep = le sommeil
check-short-breakfast = le petit-déjeuner
check-short-medication = le traitement au travail
check-short-late = que faire en cas de retard
check-short-reach = joindre son conseiller et son employeur
journey-unreadable = Le plan gardé dans le parcours n'a pas pu être relu ; il sera remplacé à la prochaine séance.
