# Meldungen von badgeverify auf Deutsch (übersetzt aus en.ftl; siehe dessen Kopf).

## Datumsangaben

date = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }

## Namen der Prüfungen

check-container = Datei
check-payload = Badge-Daten
check-schema = Aufbau des Badges
check-proof = Signatur
check-issuer-key = Schlüssel des Ausstellers
check-validity-period = Gültigkeit
check-revocation = Widerruf
check-recipient = Empfänger
check-hosted-origin = Website des Ausstellers
