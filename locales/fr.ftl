# Messages de badgeverify en français (traduits de en.ftl ; voir l'en-tête de ce fichier).

## Dates

date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Noms des vérifications

check-container = Fichier
check-payload = Données du badge
check-schema = Structure du badge
check-proof = Signature
check-issuer-key = Clé de l'émetteur
check-validity-period = Dates
check-revocation = Révocation
check-recipient = Titulaire
check-hosted-origin = Site de l'émetteur
