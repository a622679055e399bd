name = Cercle de partage entre pairs
description = Chacun parle à son tour sur un thème, avec un temps de parole visible, le droit de passer son tour, et un tour d'échos pour finir.
theme-title = Le thème
theme-custom = Un autre thème
theme-1 = Un bon moment de ma semaine
theme-2 = Mon premier jour au travail
theme-3 = Comment je fais face au stress
theme-4 = Parler ou non de ma santé à mon employeur
theme-5 = Une réussite, même petite
rules-title = Les règles du cercle
rule-1 = Ce qui se dit ici reste ici.
rule-2 = On s'écoute avec bienveillance.
rule-3 = Pas de conseil, sauf si la personne en demande.
rule-4 = Chacun peut passer son tour.
rule-label = Règle { $n }
rule-remove = Retirer la règle { $n }
rule-new = Nouvelle règle
rule-add = Ajouter la règle
order-title = L'ordre de parole
order-seated = Dans l'ordre où les personnes sont assises ; changez-le avec « Plus tôt » et « Plus tard », ou mélangez.
shuffle = Mélanger l'ordre
move-up = Monter { $name }
move-down = Descendre { $name }
earlier = Plus tôt
later = Plus tard
minutes-label = Temps de parole par personne (minutes)
rounds-label = Nombre de tours
echo-round = Finir par un tour d'échos
start-rules = Présenter le thème et les règles
start-round = Commencer le premier tour
round-title = Tour { $round } sur { $rounds }
echo-title = Tour des échos
turn-of = La parole est à
then = ensuite : { $name }
next-someone = la personne suivante
pause-title = Fin du tour { $round }. Une petite pause.
next-round = Ensuite : tour { $round } sur { $rounds }.
echo-explained = Tour des échos : chacun dit en une phrase ce qui l'a touché dans ce qu'il a entendu.
start-next-round = Commencer le tour suivant
now-speaking = C'est au tour { $elision ->
    [yes] d'{ $name }
   *[no] de { $name }
}
your-turn = À vous
time-left = Temps restant : { $time }
time-up = Le temps est écoulé. Vous pouvez conclure tranquillement.
paused = En pause
pause = Mettre en pause
resume = Reprendre
extend = Une minute de plus
action-pass = La personne qui parle passe son tour
pass = { $name } passe son tour
next-speaker = Personne suivante
come-back = Faire revenir { $name } maintenant
close-round = Clore ce tour
status-spoke = a parlé
status-passed = a passé, reviendra
status-waiting = en attente
status-speaking = parle
notes-label = Notes privées sur { $name }
notes-private = Jamais affichées au projecteur.
end-title = Fin du cercle
projector-thanks = Merci à toutes et à tous.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s
spoke-summary = { $name } : { $times ->
    [0] n'a pas pris la parole
   *[other] a parlé { $times } fois, { $duration }
}{ $passed ->
    [0] {""}
    [one] {" "}(a passé son tour une fois)
   *[other] {" "}(a passé son tour { $passed } fois)
}
takeaway-label = Ce que retient { $name }
takeaway-needs-consent = Rien ne sera noté sans son accord.
takeaway-consent = { $name } accepte que ce soit noté dans son parcours
summary = Cercle « { $theme } » : { $rounds ->
    [one] { $rounds } tour
   *[other] { $rounds } tours
}{ $echo ->
    [yes] {" "}et un tour d'écho
   *[no] {""}
}, { $speakers ->
    [one] { $speakers } personne a pris la parole
   *[other] { $speakers } personnes ont pris la parole
}.
restore-error = Le brouillon du cercle n'a pas pu être relu : { $reason }
