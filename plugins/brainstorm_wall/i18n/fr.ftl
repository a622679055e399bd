name = Mur Rêveur, Réaliste, Critique
description = Des idées écrites anonymement, mélangées, tirées une à une, puis placées par le groupe chez le Rêveur, le Réaliste ou le Critique.
topic-label = Le sujet
topic-hint = Par exemple : quel serait votre lieu de travail idéal ?
idea-label = Nouvelle idée
to-pool = Mettre dans la boîte
to-wall = Directement au mur : { $column }
private-entry = Les participants écrivent à tour de rôle : cacher les idées déjà écrites
pool-count = { $count ->
    [0] La boîte est vide.
    [one] 1 idée dans la boîte.
   *[other] { $count } idées dans la boîte.
}
shuffle = Mélanger la boîte
draw = Tirer l'idée suivante
drawn-title = Idée tirée
why-label = Pourquoi ici ? (facultatif)
place-action = Placer l'idée tirée : { $column }
place = { $key } — { $column }
column-0 = Rêveur
column-1 = Réaliste
column-2 = Critique
unread = { $count ->
    [0] Toutes les idées du mur ont été lues.
    [one] 1 idée du mur n'a pas encore été lue.
   *[other] { $count } idées du mur n'ont pas encore été lues.
}
waiting = { $count ->
    [one] 1 idée attend encore dans la boîte
   *[other] { $count } idées attendent encore dans la boîte
}{ $unread ->
    [0] .
    [one] , et 1 idée du mur n'a pas encore été lue.
   *[other] , et { $unread } idées du mur n'ont pas encore été lues.
}
read-label = Lue : { $text }
move-to = { $text } : vers { $column }
select-label = Choisir pour fusionner : { $text }
merge = Fusionner les idées choisies
why-shown = pourquoi : { $why }
takeaways-title = Ce que retient chaque personne (facultatif)
takeaway-label = Ce que retient { $name }
summary = Mur « { $topic } » : { $dream } Rêveur, { $realist } Réaliste, { $critic } Critique.
restore-error = Le brouillon du mur n'a pas pu être relu : { $reason }
read-short = lue
move-short = vers { $column }
edit-short = Modifier
edit-note = Modifier l'idée : { $text }
edit-label = Texte de l'idée
edit-done = Terminé
select-short = Choisir
or-to-wall = Ou directement au mur :
record-unread = {" "}(pas lue)
record-left = { $count ->
    [one] 1 idée n'a pas été tirée.
   *[other] { $count } idées n'ont pas été tirées.
}
remove-short = Retirer
remove-note = Retirer l'idée du mur : { $text }
older = { $count ->
    [one] + 1 idée plus ancienne
   *[other] + { $count } idées plus anciennes
}
phone-prompt = Votre idée
# Said by screen readers of a collapsible section's header.
section-open = ouvert
section-closed = fermé
