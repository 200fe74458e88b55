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

## Ce que le widget, la page de vérification et la CLI affichent autour des messages

ui-valid = Vérifié
ui-invalid = Non vérifié
ui-indeterminate = Pas entièrement vérifié
ui-error = Vérification impossible
ui-badge = Badge
ui-issued-by = Émis par
ui-recipient = Délivré à
ui-issued = Émis le
ui-expires = Expire le
ui-not-stated = non indiqué
ui-hashed = (masqué sous forme de hachage dans le badge)
ui-matches = correspond à la personne indiquée
ui-does-not-match = ne correspond PAS à la personne indiquée
ui-checks = Vérifications
ui-notes = Remarques (elles ne changent rien au verdict)
ui-technical-details = Détails techniques
ui-outcome-pass = réussie
ui-outcome-fail = échouée
ui-outcome-warn = non établie
ui-outcome-skip = ignorée
ui-pending = Vérification…
ui-idle = Pas encore vérifié
ui-untitled = Badge sans titre
ui-no-badge = Aucun badge dans ce fichier
ui-no-badge-hint = Téléchargez le badge « cuit » (le fichier image qui contient les données du badge) depuis le site de l'émetteur ou la plateforme de badges, plutôt qu'une capture d'écran ou une copie réenregistrée.
ui-show-details = Détails
ui-hide-details = Masquer les détails
ui-issuer-site = Émetteur
ui-verification-link = Lien de vérification (chacun peut vérifier ce badge avec)
ui-credential = Attestation
ui-no-credential = Aucune attestation n'a pu être décodée.
