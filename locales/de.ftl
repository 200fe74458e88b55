# Meldungen von badgeverify auf Deutsch (übersetzt aus en.ftl; siehe dessen Kopf).
#
# Ein Eintrag je Berichtscode: die Meldung für Menschen in einfachen Worten, im Attribut
# `.detail` die technischen Einzelheiten (unter „Technische Details“ angezeigt).

## Datumsangaben: `date` gibt einen Datumsparameter für Menschen aus.

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

## Namen der Prüfungen, wie Menschen sie sehen (die IDs bleiben im JSON).

check-container = Datei
check-payload = Daten des Abzeichens
check-schema = Aufbau des Abzeichens
check-proof = Signatur
check-issuer-key = Schlüssel des Ausstellers
check-validity-period = Gültigkeit
check-revocation = Widerruf
check-recipient = Empfänger
check-hosted-origin = Website des Ausstellers

## Zusammenfassungen gültiger Abzeichen (ein ungültiger Bericht wird durch die Meldung der
## Prüfung zusammengefasst, die ihn entscheidet).

summary-valid = { $matched ->
        [yes] „{ $badge }“, ausgestellt von { $issuer } am { $date } für die von Ihnen angegebene Person.
       *[other] „{ $badge }“, ausgestellt von { $issuer } am { $date }.
    }
summary-valid-undated = { $matched ->
        [yes] „{ $badge }“, ausgestellt von { $issuer } für die von Ihnen angegebene Person.
       *[other] „{ $badge }“, ausgestellt von { $issuer }.
    }
summary-valid-unnamed = { $matched ->
        [yes] Ausgestellt von { $issuer } für die von Ihnen angegebene Person.
       *[other] Ausgestellt von { $issuer }.
    }
summary-unestablished = An diesem Abzeichen ist nichts falsch, aber es ließ sich nicht bestätigen, wer es signiert hat.
    .detail = Weder ein bestandener Nachweis (proof) mit einem an den Aussteller gebundenen Schlüssel noch eine bestandene hosted-origin-Prüfung liegt vor.

## Was Widget, Prüfseite und CLI um die Meldungen herum zeigen (ui-…: gemeinsam;
## page-…: die Prüfseite; cli-…: das Kommandozeilenprogramm).

ui-valid = Verifiziert
ui-invalid = Nicht verifiziert
ui-indeterminate = Nicht vollständig geprüft
ui-error = Konnte nicht geprüft werden
ui-badge = Abzeichen
ui-issued-by = Ausgestellt von
ui-recipient = Ausgestellt für
ui-issued = Ausgestellt am
ui-expires = Läuft ab am
ui-not-stated = nicht angegeben
ui-hashed = (im Abzeichen als Hash verborgen)
ui-matches = stimmt mit der angegebenen Person überein
ui-does-not-match = stimmt NICHT mit der angegebenen Person überein
ui-checks = Prüfungen
ui-notes = Hinweise (sie ändern nichts am Ergebnis)
ui-technical-details = Technische Details
ui-outcome-pass = bestanden
ui-outcome-fail = nicht bestanden
ui-outcome-warn = nicht festgestellt
ui-outcome-skip = übersprungen
cli-tally = { $total ->
        [one] 1 Datei
       *[other] { $total } Dateien
    }: { $valid } verifiziert, { $invalid } nicht verifiziert, { $indeterminate } nicht vollständig geprüft, { $error } konnten nicht geprüft werden

## Codes: Lesen der Datei und der Abzeichendaten (Prüfungen `container` und `payload`)

container-ok = Die Datei des Abzeichens wurde gelesen.
    .detail = { $container ->
        [png] Das PNG wurde Chunk für Chunk gelesen (jede CRC geprüft) und enthält eingebettete Abzeichendaten.
        [svg] Im SVG wurde ein eingebettetes Abzeichen-Element gefunden.
        [json] Die Eingabe ist JSON-Text.
        [url] Die Eingabe ist eine URL.
       *[other] Die Eingabe ist ein kompaktes JWS.
    }

no-badge-data = Dieses Bild enthält kein Abzeichen. Bei einem Screenshot oder einer neu gespeicherten Kopie geht das darin enthaltene Abzeichen verloren. Laden Sie das Bild des Abzeichens von der Website des Ausstellers oder der Abzeichen-Plattform herunter und prüfen Sie diese Datei.
    .detail = { $container ->
        [svg] Das SVG hat kein Element `<openbadges:assertion>` oder `<openbadges:credential>` mit einem Attribut `verify` oder Inhalt.
       *[other] Das PNG hat keinen `iTXt`-, `tEXt`- oder `zTXt`-Chunk mit dem Schlüsselwort `openbadges` oder `openbadgecredential`.
    }

unrecognized-input = { $kind ->
        [jpeg] Dies ist ein Foto oder eine Bilddatei, die kein Abzeichen enthalten kann. Abzeichen gibt es als PNG- oder SVG-Bild mit eingebettetem Abzeichen, als Abzeichendaten selbst oder als Webadresse eines Abzeichens.
        [gif] Dies ist ein GIF-Bild, das kein Abzeichen enthalten kann. Abzeichen gibt es als PNG- oder SVG-Bild mit eingebettetem Abzeichen, als Abzeichendaten selbst oder als Webadresse eines Abzeichens.
        [webp] Dies ist ein WebP-Bild, das kein Abzeichen enthalten kann. Abzeichen gibt es als PNG- oder SVG-Bild mit eingebettetem Abzeichen, als Abzeichendaten selbst oder als Webadresse eines Abzeichens.
        [pdf] Dies ist ein PDF-Dokument, das kein Abzeichen enthalten kann. Abzeichen gibt es als PNG- oder SVG-Bild mit eingebettetem Abzeichen, als Abzeichendaten selbst oder als Webadresse eines Abzeichens.
       *[other] Diese Datei ist kein Abzeichen. Abzeichen gibt es als PNG- oder SVG-Bild mit eingebettetem Abzeichen, als Abzeichendaten selbst oder als Webadresse eines Abzeichens.
    }
    .detail = { $kind ->
        [jpeg] Ein JPEG-Bild.
        [gif] Ein GIF-Bild.
        [webp] Ein WebP-Bild.
        [pdf] Ein PDF-Dokument.
        [xml] Ein XML-Dokument, dessen Wurzelelement nicht `<svg>` ist.
        [no-element] Text, der mit `<` beginnt, aber kein XML-Element enthält.
        [not-png] Die 8 Byte lange PNG-Signatur fehlt.
       *[other] Weder PNG, SVG, JSON, kompaktes JWS noch eine http(s)-URL.
    }

payload-unrecognized = { $reason ->
        [empty] Das Abzeichen in dieser Datei ist leer, es gibt also nichts zu prüfen.
       *[other] Das Abzeichen in dieser Datei liegt in einer Form vor, die dieses Prüfprogramm nicht kennt.
    }
    .detail = { $reason ->
        [empty] Die Abzeichendaten sind leer.
       *[other] Die Abzeichendaten sind weder JSON noch ein kompaktes JWS noch eine http(s)-URL.
    }

png-bad-crc = Diese Datei ist beschädigt, daher lässt sich das Abzeichen darin nicht lesen. Laden Sie das Abzeichen erneut dort herunter, wo es ausgestellt wurde.
    .detail = PNG-Chunk { $chunk } bei Byte { $offset } besteht die CRC-32-Prüfung nicht.

png-truncated = Diese Datei ist unvollständig, daher lässt sich das Abzeichen darin nicht lesen. Laden Sie das Abzeichen erneut dort herunter, wo es ausgestellt wurde.
    .detail = { $reason ->
        [no-iend] Das PNG endet bei Byte { $offset } ohne `IEND`-Chunk.
       *[other] Der PNG-Chunk bei Byte { $offset } reicht über das Dateiende hinaus.
    }

png-malformed = Diese Datei ist beschädigt, daher lässt sich das Abzeichen darin nicht lesen. Laden Sie das Abzeichen erneut dort herunter, wo es ausgestellt wurde.
    .detail = { $reason ->
        [chunk-length] PNG-Chunk `{ $chunk }` bei Byte { $offset } gibt eine Länge über dem PNG-Maximum von 2^31-1 an.
        [chunk-type] Der PNG-Chunk bei Byte { $offset } hat einen ungültigen Typ (nicht vier ASCII-Buchstaben).
        [first-not-ihdr] Der erste PNG-Chunk ist `{ $chunk }`; ein PNG muss mit `IHDR` beginnen.
        [no-keyword] Der Abzeichen-Chunk `{ $chunk }` bei Byte { $offset } hat kein Schlüsselwort.
        [compression-method] Der Abzeichen-Chunk `{ $chunk }` bei Byte { $offset } hat eine unbekannte Kompressionsmethode.
        [no-compression-flag] Der Abzeichen-Chunk `{ $chunk }` bei Byte { $offset } endet vor seinem Kompressions-Flag.
        [no-language-tag] Der Abzeichen-Chunk `{ $chunk }` bei Byte { $offset } hat kein Sprach-Tag.
        [no-translated-keyword] Der Abzeichen-Chunk `{ $chunk }` bei Byte { $offset } hat kein übersetztes Schlüsselwort.
        [compression-flag] Der Abzeichen-Chunk `{ $chunk }` bei Byte { $offset } hat ein unbekanntes Kompressions-Flag oder eine unbekannte Kompressionsmethode.
        [not-utf8] Der Text des Abzeichen-Chunks `{ $chunk }` bei Byte { $offset } ist nicht UTF-8, wie es `iTXt`-Text sein muss.
       *[other] PNG-Chunk `{ $chunk }` bei Byte { $offset } ist fehlerhaft.
    }

png-inflate = Diese Datei ist beschädigt, daher lässt sich das Abzeichen darin nicht lesen. Laden Sie das Abzeichen erneut dort herunter, wo es ausgestellt wurde.
    .detail = Der komprimierte Text des PNG-Chunks `{ $chunk }` bei Byte { $offset } ist kein gültiger zlib-Datenstrom.

svg-syntax = Diese Bilddatei ist beschädigt, daher lässt sich das Abzeichen darin nicht lesen. Laden Sie das Abzeichen erneut dort herunter, wo es ausgestellt wurde.
    .detail = Das SVG ist in der Nähe von Byte { $offset } kein wohlgeformtes XML.

svg-entity = Das Abzeichen in diesem Bild verweist auf externe Inhalte, die nie geladen werden, daher lässt es sich nicht lesen. Bitten Sie den Aussteller erneut um das Abzeichen.
    .detail = Das Abzeichen-Element verweist auf die Entität `&{ $entity };`. Nur die fünf vordefinierten XML-Entitäten und Zeichenreferenzen werden dekodiert; in einem DOCTYPE deklarierte Entitäten werden nie expandiert oder abgerufen.

unreadable-input = Diese Datei ließ sich nicht öffnen, daher wurde nichts geprüft. Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.
    .detail = `{ $path }`: { $reason ->
        [not-found] Datei oder Verzeichnis nicht gefunden.
        [permission-denied] Zugriff verweigert.
        [is-a-directory] ist ein Verzeichnis.
        [not-a-directory] ein Teil des Pfads ist kein Verzeichnis.
        [too-deep] das Verzeichnis ist mehr als 32 Ebenen tief verschachtelt; geben Sie es direkt an.
       *[other] kann nicht gelesen werden.
    }

invalid-options = Die Prüfung des Abzeichens wurde falsch eingerichtet und daher nicht ausgeführt.
    .detail = { $reason ->
        [not-json] Die Optionen sind kein gültiges JSON der Form {"{"}"now": "2026-01-01T00:00:00Z", "recipient": "…"{"}"}.
        [now-missing] Die Optionen brauchen einen String `now` (ein Datum mit Uhrzeit nach RFC 3339).
        [now-invalid] `now` ist kein Datum mit Uhrzeit nach RFC 3339.
        [recipient-not-string] `recipient` muss ein String sein.
       *[other] Die Optionen sind ungültig.
    }

invalid-input = Es wurde nichts zum Prüfen übergeben, das ein Abzeichen sein könnte.
    .detail = Das Eingabeargument hat den falschen Typ: erwartet werden Bytes (ein Uint8Array, ein ArrayBuffer, ein Blob) oder ein String.

internal-error = Im Prüfprogramm ist ein Fehler aufgetreten, daher wurde dieses Abzeichen nicht geprüft. Bitte melden Sie dieses Problem.
    .detail = Eine unerwartete Ausnahme im JavaScript-Verbindungscode.

verifier-unavailable = Das Prüfprogramm ließ sich nicht laden, daher wurde dieses Abzeichen nicht geprüft. Laden Sie die Seite neu, um es noch einmal zu versuchen.
    .detail = Das WebAssembly-Paket ließ sich nicht laden.

widget-error = Beim Prüfen dieses Abzeichens ist ein Fehler aufgetreten. Laden Sie die Seite neu, um es noch einmal zu versuchen.
    .detail = Ein unerwarteter Fehler im Abzeichen-Element.

source-cors = Die Datei des Abzeichens ließ sich nicht laden: Die Website, auf der sie liegt, erlaubt anderen Websites nicht, sie zu lesen. Öffnen Sie das Abzeichen auf der Website des Ausstellers, oder laden Sie es herunter und prüfen Sie die Datei.
    .detail = Die Abzeichendatei unter `src` liegt auf einem anderen Origin, der keine Cross-Origin-Zugriffe erlaubt (keine CORS-Header), oder sie ist nicht erreichbar.

source-unreachable = Die Datei des Abzeichens ließ sich nicht herunterladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
    .detail = Die Abzeichendatei unter `src` konnte nicht abgerufen werden.

source-http-status = Die Website, auf der die Datei des Abzeichens liegt, hat mit einem Fehler geantwortet, daher ließ sich das Abzeichen nicht laden.
    .detail = Der Server hat für `src` mit HTTP-Status { $status } geantwortet.

source-too-large = Die Datei des Abzeichens ist zu groß, um hier geprüft zu werden.
    .detail = Die Abzeichendatei unter `src` ist größer, als das Element akzeptiert.

source-blocked-by-policy = Die Sicherheitseinstellungen dieser Seite erlauben nicht, das Abzeichen von dieser Adresse zu laden.
    .detail = Die URL wurde nicht abgerufen, weil die Content Security Policy der Seite dies verbietet.

fetch-loop = Das Prüfprogramm hat angehalten, weil es immer wieder dieselben Dokumente angefordert hat. Bitte melden Sie dieses Problem.
    .detail = Eine Schutzvorkehrung des Treibers: Die Verifizierung hat ohne Fortschritt erneut Dokumente angefordert (beantworten Sie jede Anfrage mit supply() oder fail(), bevor Sie den nächsten Schritt ausführen).

limit-exceeded = Dieses Abzeichen ist größer oder komplexer, als dieses Prüfprogramm akzeptiert, daher wurde es nicht geprüft.
    .detail = { $what ->
        [input] Die Eingabe
        [png-chunks] Die Anzahl der PNG-Chunks
        [png-text-chunk] Ein Text-Chunk des Abzeichens
        [png-inflated-text] Der dekomprimierte Text eines Abzeichen-Chunks
        [xml-nodes] Die Anzahl der XML-Knoten im SVG
        [xml-depth] Die Verschachtelung der Elemente im SVG
        [xml-text] Ein Text im SVG
        [json-size] Ein JSON-Dokument
        [json-values] Die Anzahl der JSON-Werte
        [json-depth] Die JSON-Verschachtelungstiefe
        [json-write-depth] Die Verschachtelungstiefe eines zu schreibenden JSON-Werts
        [nquads-size] Der N-Quads-Text
        [quads] Die Anzahl der RDF-Aussagen
        [rdfc-work] Der Aufwand für das RDFC-1.0-Hashing der Blank Nodes
        [rdfc-depth] Die Rekursionstiefe von RDFC-1.0 Hash N-Degree Quads
        [context-depth] Die Verschachtelung der JSON-LD-Kontexte
        [remote-contexts] Die Kette entfernter JSON-LD-Kontexte
        [context-terms] Die Anzahl der JSON-LD-Termdefinitionen
        [jsonld-work] Der Aufwand für die JSON-LD-Verarbeitung
        [jsonld-depth] Die Verschachtelung des JSON-LD-Dokuments
       *[other] Eine Ressource ({ $what })
    } überschreitet das Limit `{ $limit }` ({ $max }).

credential-json = Die Daten des Abzeichens wurden gelesen.
    .detail = Ein Open-Badges-3.0-Credential (JSON mit eingebettetem Proof) wurde dekodiert.

assertion-json = Die Daten des Abzeichens wurden gelesen.
    .detail = Eine Open-Badges-Assertion (JSON) wurde dekodiert.

vc-jwt = Die Daten des Abzeichens wurden gelesen.
    .detail = Ein Open-Badges-3.0-VC-JWT wurde dekodiert.

signed-assertion = Die Daten des Abzeichens wurden gelesen.
    .detail = Eine signierte Open-Badges-Assertion (JWS) wurde dekodiert.

hosted-url = Dieses Abzeichen ist auf der Website seines Ausstellers veröffentlicht.
    .detail = Das Abzeichen liegt unter { $url }.

not-a-badge = Diese Datei enthält Daten, aber kein Abzeichen.
    .detail = Dieses JSON ist weder eine Open-Badges-Assertion noch ein Verifiable Credential.

json-syntax = Die Daten des Abzeichens sind beschädigt oder unvollständig und lassen sich nicht lesen.
    .detail = Kein gültiges JSON in Zeile { $line }, Spalte { $column }.

json-not-utf8 = Die Daten des Abzeichens sind beschädigt und lassen sich nicht lesen.
    .detail = Das JSON ist kein gültiges UTF-8 (Byte { $offset }).

json-duplicate-key = Die Daten des Abzeichens enthalten dieselbe Angabe zweimal. Was sie aussagen, ist daher unklar, und sie gelten nicht als vertrauenswürdig.
    .detail = Das JSON-Objekt enthält das Element "{ $member }" zweimal; doppelte Schlüssel werden abgelehnt, weil Leseprogramme uneins sind, welcher gilt.

jsonld-invalid = Die Daten des Abzeichens lassen sich nicht so auswerten, wie es seine Signatur verlangt, daher kann die Signatur nicht geprüft werden.
    .detail = JSON-LD-1.1-Verarbeitungsfehler: { $reason }.

rdfc-invalid-quad = Die Daten des Abzeichens lassen sich nicht so auswerten, wie es seine Signatur verlangt, daher kann die Signatur nicht geprüft werden.
    .detail = Der Datensatz enthält { $reason ->
        [literal-subject] ein Literal als Subjekt
        [predicate-not-iri] ein Prädikat, das keine IRI ist
        [literal-graph] ein Literal als Graphname
       *[other] eine ungültige Aussage
    }, was RDF (und damit RDFC-1.0) nicht erlaubt.

base64-invalid = Ein Teil der Daten des Abzeichens ist beschädigt und lässt sich nicht lesen.
    .detail = Ein Wert ist kein gültiges base64 (bzw. bei JOSE kein base64url ohne Padding).

base58-invalid = Ein Teil der Daten des Abzeichens ist beschädigt und lässt sich nicht lesen.
    .detail = Ein Wert ist kein gültiges base58btc.

multibase-unsupported = Ein Teil der Daten des Abzeichens liegt in einer Form vor, die dieses Prüfprogramm nicht unterstützt.
    .detail = Erwartet wird ein Multibase-Wert, der mit `z` (base58btc) oder `u` (base64url) beginnt.

nquads-syntax = Die Daten ließen sich nicht lesen.
    .detail = N-Quads-Syntaxfehler in Zeile { $line }, Spalte { $column }.

bake-invalid-payload = Die Abzeichendaten, die in das Bild eingefügt werden sollen, lassen sich nicht lesen, daher wurde kein Abzeichenbild erstellt.
    .detail = Nutzdaten, die sich weder als JSON noch als kompaktes JWS lesen lassen, werden nicht eingebettet.

context-unknown = Das Abzeichen verwendet ein Vokabular, das dieses Prüfprogramm nicht kennt, daher konnte seine Signatur nicht geprüft werden.
    .detail = Der JSON-LD-Kontext { $url } ist nicht in diesem Prüfprogramm enthalten, und Kontexte werden nie abgerufen (ihr Inhalt ist Teil dessen, was signiert ist).

## Codes: Aufbau des Abzeichens und die Versionen von Open Badges (`schema`, `hosted-origin`, Daten, Empfänger)

schema-ok = Das Abzeichen enthält alles, was ein Open Badge braucht.
    .detail = Das Abzeichen erfüllt die strukturellen Anforderungen von Open Badges { $version }. { $notes ->
        [0] Keine Abweichungen von der Spezifikation.
        [one] Eine Abweichung von der Spezifikation ist als Hinweis aufgeführt.
       *[other] { $notes } Abweichungen von der Spezifikation sind als Hinweise aufgeführt.
    }

schema-invalid = { $cause ->
        [not-an-open-badge] Dies ist kein Open Badge und kann daher nicht als solches verifiziert werden.
        [no-issuer] Das Abzeichen gibt nicht an, wer es ausgestellt hat, daher bürgt niemand dafür.
        [no-subject] Das Abzeichen gibt nicht an, wofür oder an wen es verliehen wurde, daher beweist es nichts.
        [no-achievement] Das Abzeichen gibt nicht an, was erreicht wurde, daher beweist es nichts.
       *[other] Dieses Abzeichen ist unvollständig und lässt sich nicht als Open Badge lesen.
    }
    .detail = Schemafehler: { $causes } (bei { $paths }). not-an-open-badge: `type` enthält nicht OpenBadgeCredential / AchievementCredential (EndorsementCredential bei Empfehlungen); no-issuer: `issuer` oder dessen `id` fehlt oder ist keine URI; no-subject: kein `credentialSubject`-Objekt; no-achievement: kein `achievement`-Objekt (OB 2.0: kein `badge`).

badgeclass-unavailable = Die Beschreibung, wofür dieses Abzeichen steht, ließ sich nicht laden und daher nicht prüfen. { $reason ->
        [offline] Prüfen Sie erneut, wenn Sie online sind.
       *[other] Versuchen Sie es später erneut.
    }
    .detail = { $reason ->
        [absent] Die Assertion hat kein Element `badge`.
        [not-a-link] Das `badge` der Assertion ist weder ein Objekt noch eine http(s)-URL.
        [status] Die BadgeClass unter { $url } konnte nicht abgerufen werden: HTTP { $status }.
       *[other] Die BadgeClass unter { $url } konnte nicht abgerufen werden ({ $reason }).
    }

issuer-unavailable = Das Profil des Ausstellers ließ sich nicht laden, daher konnte nicht geprüft werden, was es über dieses Abzeichen aussagt. { $reason ->
        [offline] Prüfen Sie erneut, wenn Sie online sind.
       *[other] Versuchen Sie es später erneut.
    }
    .detail = { $reason ->
        [absent] Die BadgeClass hat kein Element `issuer`.
        [not-a-link] Der `issuer` der BadgeClass ist weder ein Objekt noch eine http(s)-URL.
        [not-read] Das Ausstellerprofil war nicht verfügbar (siehe Schemaprüfung), daher ließ sich der Eigentümer des Schlüssels nicht bestätigen.
        [status] Das Ausstellerprofil unter { $url } konnte nicht abgerufen werden: HTTP { $status }.
       *[other] Das Ausstellerprofil unter { $url } konnte nicht abgerufen werden ({ $reason }).
    }

hosted-fetched = Die Website des Ausstellers bestätigt dieses Abzeichen.
    .detail = Der Server des Ausstellers stellt diese Open-Badges-{ $version }-Assertion unter { $url } bereit. (Eine 0.5-Assertion nennt ihre eigene Adresse nicht; stattdessen wird der `origin` ihres Ausstellers geprüft.)

hosted-id-mismatch = Auf der Website des Ausstellers liegt unter dieser Adresse ein anderes Abzeichen. Dieses Abzeichen ist also nicht das, was es zu sein behauptet.
    .detail = Das unter { $url } bereitgestellte Dokument hat eine andere `{ $property }` als diese Adresse.

hosted-id-invalid = Dieses Abzeichen gibt nicht an, wo der Aussteller es veröffentlicht, daher kann der Aussteller es nicht bestätigen.
    .detail = Eine gehostete Assertion ohne http(s)-`id`: Es gibt keinen Server des Ausstellers, der sie bestätigen könnte.

hosted-url-unknown = Dieses ältere Abzeichen lässt sich nur über seine Webadresse bestätigen. Prüfen Sie den Link des Abzeichens statt seines Inhalts.
    .detail = Eine als JSON übergebene Open-Badges-0.5-Assertion nennt keine eigene Adresse; sie ist nur echt, wenn die Website ihres Ausstellers (ihr `origin`) sie bereitstellt.

hosted-unreachable = Die Website des Ausstellers war nicht erreichbar, um dieses Abzeichen zu bestätigen. { $reason ->
        [offline] Prüfen Sie erneut, wenn Sie online sind.
       *[other] Versuchen Sie es später erneut.
    }
    .detail = Dies ist ein gehostetes Abzeichen, das nur echt ist, wenn der Server des Ausstellers es weiterhin unter { $url } bereitstellt, und das ließ sich nicht prüfen: { $reason ->
        [offline] Der Offline-Modus ist aktiv.
        [timeout] Der Server hat nicht rechtzeitig geantwortet.
        [connection] Der Server war nicht erreichbar.
        [cors] Der Browser hat die Anfrage blockiert, weil der Server keine Cross-Site-Anfragen erlaubt (CORS).
        [status] Der Server hat mit HTTP { $status } geantwortet.
        [too-large] Die Antwort war größer als erlaubt.
        [redirects] Der Server hat zu oft umgeleitet.
        [not-json] Die Antwort ist kein verwendbares JSON.
        [too-many] Es wären mehr Dokumente nötig, als `max_fetches` erlaubt.
       *[other] Die Adresse darf nicht abgerufen werden.
    }

hosted-origin-ok = Das Abzeichen ist auf der eigenen Website des Ausstellers veröffentlicht.
    .detail = Die Assertion liegt auf { $host }, { $policy ->
        [starts-with] innerhalb der Präfixe in `verification.startsWith` des Ausstellers.
        [allowed-origins] einem der `verification.allowedOrigins` des Ausstellers.
        [origin] dem Open-Badges-0.5-`origin` des Ausstellers.
       *[other] dem Host der ID des Ausstellers (keine Richtlinie angegeben: Standard von Open Badges 2.0).
    }

issuer-origin-unknown = Nichts verbindet die Webadresse dieses älteren Abzeichens mit seinem Aussteller.
    .detail = Der Open-Badges-0.5-Aussteller gibt keinen `origin` an, daher verbindet nichts die Adresse der Assertion mit dem Aussteller.

issuer-not-http = Der Aussteller ist nicht über eine Website identifiziert, daher gibt es keine Website-Regel zu prüfen.
    .detail = Die Aussteller-ID "{ $issuer }" ist keine http(s)-URL, daher gilt keine Richtlinie für gehostete Verifizierung.

hosted-origin-mismatch = Dieses Abzeichen ist auf einer Website veröffentlicht, für die der Aussteller nicht bürgt. Es stammt daher möglicherweise nicht vom Aussteller.
    .detail = Die Assertion unter { $url } liegt auf { $host }, aber { $policy ->
        [starts-with] `verification.startsWith` des Ausstellers erlaubt nur { $allowed }.
        [allowed-origins] `verification.allowedOrigins` des Ausstellers erlaubt nur { $allowed }.
        [origin] der Open-Badges-0.5-`origin` ihres Ausstellers ist { $allowed }.
       *[other] die ID des Ausstellers liegt auf { $allowed } (keine Richtlinie angegeben: Standard von Open Badges 2.0).
    }

signature-missing = Dieses Abzeichen gibt an, signiert zu sein, aber die Signatur fehlt. Prüfen Sie das Bild des Abzeichens oder die signierte Datei, die der Aussteller bereitgestellt hat.
    .detail = Der `verification.type` der Assertion ist SignedBadge, sie ist aber einfaches JSON ohne ihr JWS.

proof-missing = Dieses Abzeichen trägt keine Signatur, daher könnte es jeder verfasst haben.
    .detail = Das Credential hat keinen `proof` und ist kein VC-JWT.

expired = Dieses Abzeichen ist am { $date } abgelaufen.
    .detail = `{ $property }` ist { $dateIso }.

not-yet-valid = Dieses Abzeichen ist erst ab dem { $date } gültig.
    .detail = `{ $property }` ist { $dateIso }, nach dem Zeitpunkt der Verifizierung.

expiry-before-issue = Die Daten dieses Abzeichens widersprechen sich: Es läuft ab, bevor es ausgestellt wurde.
    .detail = `{ $property }` ({ $dateIso }) liegt vor `{ $issueProperty }` ({ $issueDateIso }).

date-invalid = Ein Datum dieses Abzeichens lässt sich nicht lesen, daher kann der Gültigkeitszeitraum nicht vollständig geprüft werden.
    .detail = `{ $property }` ist { $text }, und das ist kein Datum.

key-owner-mismatch = Der Schlüssel, mit dem dieses Abzeichen signiert wurde, gibt an, jemand anderem als dem Aussteller zu gehören.
    .detail = Der Schlüssel { $key } nennt "{ $owner }" als seinen `owner`, nicht den Aussteller { $issuer }.

key-not-listed = Der Aussteller führt den Schlüssel, mit dem dieses Abzeichen signiert wurde, nicht als einen seiner eigenen.
    .detail = Der Aussteller { $issuer } führt den Schlüssel { $key } nicht in seinem `publicKey`.

key-origin-mismatch = Der Schlüssel, mit dem dieses Abzeichen signiert wurde, ist auf einer anderen Website veröffentlicht als der des Ausstellers.
    .detail = Der Schlüssel ist auf { $host } veröffentlicht, der Aussteller { $issuer } aber auf { $issuerHost }.

jwk-kid-mismatch = Das Abzeichen nennt zwei verschiedene Schlüssel für seine Signatur, daher ist es nicht vertrauenswürdig.
    .detail = Der `jwk`-Header und der mit `kid` benannte Schlüssel ({ $key }) sind verschiedene Schlüssel.

not-applicable-hosted = Dieses Abzeichen wird durch die Website des Ausstellers bestätigt, nicht durch einen Signaturschlüssel.

no-status = Das Abzeichen gibt nicht an, wo sich prüfen lässt, ob es widerrufen wurde.
    .detail = Kein `credentialStatus` (OB 3.0) oder `revocationList` (Aussteller in OB 2.0).

status-invalid = Der Widerrufseintrag des Abzeichens ist fehlerhaft, daher konnte der Widerruf nicht geprüft werden.
    .detail = Der 1EdTechRevocationList-Eintrag hat keine `id`.

status-type-unsupported = Diese Art der Widerrufsprüfung wird nicht unterstützt, daher konnte der Widerruf nicht geprüft werden.
    .detail = Der Statuseintragstyp "{ $type }" wird nicht unterstützt.

key-unavailable = Der Schlüssel, mit dem dieses Abzeichen signiert wurde, ließ sich nicht finden, daher konnte die Signatur nicht geprüft werden. { $reason ->
        [offline] Prüfen Sie erneut, wenn Sie online sind.
        [none-listed] Bitten Sie den Aussteller um ein Abzeichen, das seinen Schlüssel nennt.
        [none-named] Bitten Sie den Aussteller um ein Abzeichen, das seinen Schlüssel nennt.
       *[other] Versuchen Sie es später erneut.
    }
    .detail = { $reason ->
        [none-listed] Die Assertion nennt keinen Signaturschlüssel (`verification.creator`, 1.x `verify.url`), und der Aussteller führt keinen (`publicKey`).
        [issuer-not-read] Die Assertion nennt keinen Signaturschlüssel (`verification.creator`, 1.x `verify.url`), und das Ausstellerprofil ließ sich nicht lesen.
        [none-named] Das JWT nennt keinen Schlüssel (kein `kid`- oder `jwk`-Header), und der Aussteller ist kein did:key oder did:jwk.
        [not-found] Das JWT nennt seinen Schlüssel "{ $key }", der sich nicht finden ließ.
        [status] Der Signaturschlüssel unter { $key } konnte nicht abgerufen werden: HTTP { $status }.
       *[other] Der Signaturschlüssel unter { $key } konnte nicht abgerufen werden ({ $reason }).
    }

jwt-claims-mismatch = Das signierte Token und das darin enthaltene Abzeichen nennen unterschiedliche Personen oder Aussteller. Es ist daher unklar, wer dieses Abzeichen an wen ausgestellt hat.
    .detail = Die JWT-Claims ({ $claims }) nennen eine andere Partei als `issuer` / `credentialSubject.id` des Credentials.

jwt-claim-differs = Das signierte Token gibt eine Angabe dieses Abzeichens etwas anders wieder als das Abzeichen selbst. Beides wurde geprüft.
    .detail = Der JWT-Claim ist { $text }, das Credential gibt aber { $stated } an.

credential-refreshed = Dieses Abzeichen wurde durch die aktuelle Fassung ersetzt, die sein Aussteller veröffentlicht, und diese Fassung wurde geprüft.
    .detail = Der `1EdTechCredentialRefresh`-Dienst unter { $url } hat eine neue Kopie geliefert, die als gültig verifiziert wird; dieser Bericht gilt für die Kopie.

refresh-not-used = Die aktuelle Fassung, auf die dieses Abzeichen verweist, ließ sich nicht verwenden, daher wurde das Abzeichen so geprüft, wie es vorliegt.
    .detail = { $reason ->
        [not-valid] Die vom `1EdTechCredentialRefresh`-Dienst unter { $url } gelieferte Kopie wird nicht als gültig verifiziert.
        [status] Der `1EdTechCredentialRefresh`-Dienst unter { $url } hat mit HTTP { $status } geantwortet.
       *[other] Der `1EdTechCredentialRefresh`-Dienst unter { $url } konnte nicht abgerufen werden ({ $reason }).
    }

date-lenient = Ein Datum in diesem Abzeichen ist in einer älteren Form geschrieben; es wurde als { $date } gelesen.
    .detail = `{ $property }` ist kein Datum mit Uhrzeit und Zeitzone nach RFC 3339; es wurde als { $dateIso } gelesen (UTC angenommen).

missing-member = Ein Teil der Beschreibung des Abzeichens, den der Standard verlangt, fehlt. Das schwächt nicht, was das Abzeichen belegt.
    .detail = `{ $property }` ist erforderlich{ $expected ->
        [string] {" "}und muss ein String sein.
        [boolean] {" "}und muss true oder false sein.
        [object] {" "}und muss ein Objekt sein.
       *[other] .
    }

missing-type = Ein Teil des Abzeichens gibt seinen Typ nicht so an, wie der Standard es verlangt. Das schwächt nicht, was das Abzeichen belegt.
    .detail = `type` sollte { $expectedType } enthalten.

not-a-uri = Ein Verweis im Abzeichen ist nicht als Webadresse oder Kennung geschrieben. Das schwächt nicht, was das Abzeichen belegt.
    .detail = Der Wert muss eine URI sein oder ein Profile-Objekt mit einer `id`.

nonstandard-context = Das Abzeichen nennt das Standardvokabular nicht genau so, wie der Standard es verlangt. Das schwächt nicht, was das Abzeichen belegt.
    .detail = { $expected ->
        [vc-first] `@context` sollte mit https://www.w3.org/ns/credentials/v2 beginnen (oder mit https://www.w3.org/2018/credentials/v1 für VC 1.1).
        [ob3] `@context` sollte einen Open-Badges-3.0-Kontext enthalten (https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.x.json).
       *[other] `@context` sollte der Open-Badges-2.0-Kontext sein oder ihn enthalten (https://w3id.org/openbadges/v2).
    }

no-recipient-identifier = Das Abzeichen gibt nicht an, für wen es ausgestellt wurde.
    .detail = Kein `credentialSubject.id` oder `identifier` (OB 3.0; laut dessen Schema erlaubt) bzw. kein `recipient` (OB 2.0).

image-data-uri = Das Bild des Abzeichens ist im Abzeichen selbst gespeichert statt unter der Adresse des Ausstellers. Das schwächt nicht, was das Abzeichen belegt.
    .detail = Das `image` der Assertion sollte die URL des Bildes mit eingebettetem Abzeichen sein, keine data:-URI.

legacy-version = Dies ist eine ältere Art von Open Badge (Version { $version }); es wurde so gelesen wie aktuelle Abzeichen.
    .detail = Open-Badges-{ $version }-Assertion, gelesen als ihre Entsprechung in Open Badges 2.0, so wie der Validator von 1EdTech sie liest.

