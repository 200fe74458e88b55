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

## Was das Widget, die Prüfseite und die CLI rund um die Meldungen zeigen

ui-valid = Verifiziert
ui-invalid = Nicht verifiziert
ui-indeterminate = Nicht vollständig prüfbar
ui-error = Prüfung nicht möglich
ui-badge = Abzeichen
ui-issued-by = Ausgestellt von
ui-recipient = Ausgestellt für
ui-issued = Ausgestellt am
ui-expires = Gültig bis
ui-not-stated = nicht angegeben
ui-hashed = (im Abzeichen als Hash verborgen)
ui-matches = stimmt mit der angegebenen Person überein
ui-does-not-match = stimmt NICHT mit der angegebenen Person überein
ui-checks = Prüfungen
ui-notes = Hinweise (sie ändern nichts am Ergebnis)
ui-technical-details = Technische Details
ui-outcome-pass = bestanden
ui-outcome-fail = fehlgeschlagen
ui-outcome-warn = nicht feststellbar
ui-outcome-skip = übersprungen
ui-pending = Wird geprüft …
ui-idle = Noch nicht geprüft
ui-untitled = Abzeichen ohne Titel
ui-no-badge = Kein Abzeichen in dieser Datei
ui-no-badge-hint = Laden Sie das Abzeichen als Originaldatei (die Bilddatei, in der die Abzeichendaten stecken) von der Website des Ausstellers oder der Badge-Plattform herunter, nicht als Screenshot oder neu gespeicherte Kopie.
ui-show-details = Details
ui-hide-details = Details ausblenden
ui-issuer-site = Aussteller
ui-verification-link = Prüflink (damit kann jede Person dieses Abzeichen prüfen)
ui-credential = Nachweis
ui-no-credential = Es konnte kein Nachweis dekodiert werden.
page-title = Open Badge prüfen · badgeverify
page-heading = Open Badge prüfen
page-language = Sprache
page-lede = Open Badges 3.0, 2.0 und die älteren 1.1, 1.0 und 0.5: PNG- oder SVG-Bilder mit eingebetteten Abzeichen, JSON-Assertions und -Nachweise, VC-JWTs und URLs gehosteter Assertions.
page-privacy-title = Datenschutz von Grund auf:
page-privacy = Ihre Dateien werden in diesem Browser von WebAssembly gelesen und geprüft und nie hochgeladen. Diese Seite fragt nur die Dokumente ab, die die Prüfung selbst braucht – worauf das Abzeichen verweist (eine gehostete Assertion, Profil und Schlüssel des Ausstellers, eine Widerrufs- oder Statusliste), direkt von den Servern des Ausstellers (oder, wenn diese Seite von „badgeverify serve“ kommt, über dieses Programm auf Ihrem eigenen Computer). Ein Prüflink trägt das Abzeichen nach seinem #, den Browser nie an einen Server senden.
page-inputs =
    .aria-label = Zu prüfende Abzeichen
page-drop-title = Abzeichen-Dateien hier ablegen
page-drop-hint = PNG, SVG, JSON, JWT – eine oder mehrere, geprüft in diesem Browser.
page-choose-files = Dateien auswählen …
page-paste-label = … oder die URL einer gehosteten Assertion, JSON oder ein JWT einfügen
page-paste-field =
    .placeholder = https://… oder {"{"} "@context": … {"}"} oder eyJ…
page-verify = Prüfen
page-recipient-label = Ist dieses Abzeichen ausgestellt für …
page-optional = (optional)
page-recipient-field =
    .placeholder = alice@example.org, eine URL oder eine DID
page-recipient-hint = Wird lokal mit dem (möglicherweise gehashten) Empfänger des Abzeichens verglichen; jede Karte wird erneut geprüft, wenn Sie die Angabe ändern.
page-offline = Offline: nichts abrufen
page-offline-hint = Abzeichen, die Dokumente ihres Ausstellers brauchen, sind dann „nicht vollständig prüfbar“.
page-clear = Alle entfernen
page-results =
    .aria-label = Ergebnisse
page-demo-link = Demo des Elements <open-badge>
page-checking = Prüfe { $left } von { $total } …
page-tally = { $total ->
        [one] 1 Abzeichen
       *[other] { $total } Abzeichen
    } geprüft: { $parts }
page-tally-valid = { $n } verifiziert
page-tally-invalid = { $n } nicht verifiziert
page-tally-indeterminate = { $n } nicht vollständig prüfbar
page-remove =
    .aria-label = { $title } entfernen
page-copy-credential = Nachweis kopieren
page-download-credential = Nachweis herunterladen
page-download-report = Bericht herunterladen
page-copy-link = Prüflink kopieren
page-copied = Kopiert.
page-copy-refused = Der Browser hat das Kopieren nicht erlaubt; nutzen Sie stattdessen „Herunterladen“.
page-no-link = Kein Link: { $reason }
page-link-copied = Link kopiert ({ $length ->
        [one] 1 Zeichen
       *[other] { $length } Zeichen
    }).
page-link-not-copied = Der Browser hat das Kopieren nicht erlaubt; der Link hat { $length ->
        [one] 1 Zeichen
       *[other] { $length } Zeichen
    }.
page-from-link = Abzeichen aus einem Link
page-pasted-text = Eingefügter Text
page-pasted-json = Eingefügtes JSON
page-pasted-jwt = Eingefügtes JWT
page-link-damaged = Dieser Prüflink ist beschädigt ({ $reason }); bitten Sie erneut um den Link oder prüfen Sie die Abzeichen-Datei selbst.
