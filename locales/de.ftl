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
    .detail = Es liegt weder eine bestandene proof-Prüfung mit einem an den Aussteller gebundenen Schlüssel noch eine bestandene hosted-origin-Prüfung vor.

summary-container = { $container ->
        [presentation] Diese Präsentation enthält
        [clr] Dieser Lernnachweis enthält
       *[other] Diese Datei enthält
    } { $total ->
        [one] 1 Abzeichen
       *[other] { $total } Abzeichen
    }: { $valid ->
        [0] { $invalid ->
            [0] { $unestablished ->
                [0] {""}
               *[other] { $unestablished } nicht vollständig geprüft
            }
           *[other] { $invalid } nicht verifiziert{ $unestablished ->
                [0] {""}
               *[other] , { $unestablished } nicht vollständig geprüft
            }
        }
       *[other] { $valid } verifiziert{ $invalid ->
            [0] {""}
           *[other] , { $invalid } nicht verifiziert
        }{ $unestablished ->
            [0] {""}
           *[other] , { $unestablished } nicht vollständig geprüft
        }
    }.
    .detail = Jeder Nachweis steht unten mit seinem eigenen Bericht; das Ergebnis der Datei ist das schlechteste aus ihren und ihren eigenen Prüfungen.

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
ui-expires = Gültig bis
ui-not-stated = nicht angegeben
ui-hashed = (im Abzeichen als Hash verborgen)
ui-matches = stimmt mit der angegebenen Person überein
ui-does-not-match = stimmt NICHT mit der angegebenen Person überein
ui-checks = Prüfungen
ui-notes = Hinweise (sie ändern nichts am Ergebnis)
ui-technical-details = Technische Details
ui-outcome-pass = bestanden
ui-outcome-fail = nicht bestanden
ui-outcome-warn = nicht bestätigt
ui-outcome-skip = übersprungen
cli-tally = { $total ->
        [one] 1 Datei
       *[other] { $total } Dateien
    }: { $valid } verifiziert, { $invalid } nicht verifiziert, { $indeterminate } nicht vollständig geprüft, { $error } nicht prüfbar

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
        [not-found] die Datei oder das Verzeichnis existiert nicht.
        [permission-denied] keine Leseberechtigung.
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
        [crypto-unknown] `crypto` muss `auto` oder `builtin` sein.
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
        [sd-signatures] Die Anzahl der Aussagensignaturen im Selective-Disclosure-Proof
        [sd-labels] Die Anzahl der Einträge der Label-Tabelle im Selective-Disclosure-Proof
        [sd-mandatory-indexes] Die Anzahl der Indizes verpflichtender Aussagen im Selective-Disclosure-Proof
        [context-depth] Die Verschachtelung der JSON-LD-Kontexte
        [remote-contexts] Die Kette entfernter JSON-LD-Kontexte
        [context-terms] Die Anzahl der JSON-LD-Termdefinitionen
        [jsonld-work] Der Aufwand für die JSON-LD-Verarbeitung
        [jsonld-depth] Die Verschachtelung des JSON-LD-Dokuments
       *[other] Eine Ressource ({ $what })
    } überschreitet das Limit `{ $limit }` ({ $max }).

credential-json = Die Daten des Abzeichens wurden gelesen.
    .detail = Ein Open-Badges-3.0-Nachweis (JSON mit eingebettetem Proof) wurde dekodiert.

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

container-json = Diese Datei enthält { $total ->
        [one] 1 Abzeichen
       *[other] { $total } Abzeichen
    }, jedes unten einzeln geprüft.
    .detail = { $container ->
        [presentation] Eine Verifiable Presentation
        [clr] Ein CLR-2.0-`ClrCredential` (Comprehensive Learner Record)
       *[other] Eine Antwort der Open-Badges-3.0-API (`GetOpenBadgeCredentialsResponse`)
    } mit { $total ->
        [one] { $total } Nachweis
       *[other] { $total } Nachweisen
    }.

container-empty = Diese Datei enthält kein Abzeichen; es gibt nichts zu prüfen.
    .detail = { $container ->
        [presentation] Die Verifiable Presentation hat kein `verifiableCredential`.
        [clr] Der CLR hat kein `credentialSubject.verifiableCredential`.
       *[other] Die API-Antwort hat weder `credential`- noch `compactJwsString`-Einträge.
    }

enveloped-invalid = Die Abzeichendaten sind so verpackt, dass dieser Prüfer sie nicht öffnen kann.
    .detail = { $reason ->
        [media-type] Die id der Hülle ist eine `data:`-URL mit einem anderen Medientyp als `application/vc+jwt` oder `application/vp+jwt`.
       *[other] Die id der Hülle ist keine `data:application/vc+jwt,…`-URL (oder `vp+jwt`).
    }

enveloped-unsupported = Dieses Abzeichen ist in einem Format versiegelt, das dieser Prüfer noch nicht prüfen kann; nichts darin ist bestätigt, aber es wurde auch kein Fehler gefunden.
    .detail = { $reason ->
        [sd-jwt] Die `data:`-URL der Hülle enthält ein SD-JWT (ein JWT mit selektiver Offenlegung, `application/vc+sd-jwt`), das dieser Prüfer noch nicht liest.
       *[other] Die `data:`-URL der Hülle enthält einen mit COSE gesicherten Nachweis (`application/vc+cose`), den dieser Prüfer noch nicht liest.
    }

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
        [too-many-documents] Es wären mehr Dokumente nötig, als `max_fetches` erlaubt.
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
    .detail = Der Nachweis hat keinen `proof` und ist kein VC-JWT.

holder-signed = Die Signatur der Präsentation ist echt und stammt von ihrem Inhaber.
    .detail = Der { $suite }-Proof (Zweck `authentication`) lässt sich mit einem Schlüssel prüfen, den der Inhaber { $holder } kontrolliert.

holder-key-mismatch = Die Präsentation wurde mit dem Schlüssel eines anderen signiert, nicht mit dem ihres Inhabers; sie zeigt also nicht, dass der Inhaber diese Abzeichen vorgelegt hat.
    .detail = Inhaber ist { $holder }, aber die Präsentation wurde mit dem Schlüssel { $key } signiert, den der Inhaber nicht kontrolliert.

holder-key-unproven = Die Signatur der Präsentation ist echt, aber nichts zeigt, dass der Schlüssel ihrem Inhaber gehört.
    .detail = Inhaber ist { $holder }; nichts verbindet den Signaturschlüssel { $key } mit ihm.

container-unsigned = { $container ->
        [presentation] Niemand hat diese Präsentation als Ganzes signiert; jedes enthaltene Abzeichen trägt seine eigene Signatur, die unten geprüft wird.
       *[other] Diese Datei ist nicht als Ganzes signiert (ihr Format sieht keine Signatur vor); jedes enthaltene Abzeichen trägt seine eigene, die unten geprüft wird.
    }
    .detail = { $container ->
        [presentation] Die Verifiable Presentation hat keinen `proof`: Sie zeigt nicht, wer sie vorgelegt hat.
       *[other] Eine `GetOpenBadgeCredentialsResponse` hat keinen eigenen `proof`.
    }

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
    .detail = Die JWT-Claims ({ $claims }) nennen eine andere Partei als `issuer` / `credentialSubject.id` des Nachweises.

jws-alg-unlisted = Dieses Abzeichen ist mit einem Verfahren signiert, das seine Version von Open Badges nicht vorsieht. Das Verfahren ist ebenso sicher, und die Signatur wurde trotzdem geprüft.
    .detail = Signiert mit { $algorithm }; signierte Assertions in Open Badges 2.0 sehen { $allowed } vor.

jwt-claim-differs = Das signierte Token gibt eine Angabe dieses Abzeichens etwas anders wieder als das Abzeichen selbst. Beides wurde geprüft.
    .detail = Der JWT-Claim ist { $text }, der Nachweis gibt aber { $stated } an.

credential-refreshed = Dieses Abzeichen wurde durch die aktuelle Fassung ersetzt, die sein Aussteller veröffentlicht, und diese Fassung wurde geprüft.
    .detail = Der `1EdTechCredentialRefresh`-Dienst unter { $url } hat eine neue Kopie geliefert, die als gültig verifiziert wird; dieser Bericht gilt für die Kopie.

refresh-not-used = Die aktuelle Fassung, auf die dieses Abzeichen verweist, ließ sich nicht verwenden, daher wurde das Abzeichen so geprüft, wie es vorliegt.
    .detail = { $reason ->
        [not-valid] Die vom `1EdTechCredentialRefresh`-Dienst unter { $url } gelieferte Kopie wird nicht als gültig verifiziert.
        [status] Der `1EdTechCredentialRefresh`-Dienst unter { $url } hat mit HTTP { $status } geantwortet.
       *[other] Der `1EdTechCredentialRefresh`-Dienst unter { $url } konnte nicht abgerufen werden ({ $reason }).
    }

presentation-challenge = Die Präsentation wurde für eine bestimmte Anfrage signiert; dieser Prüfer kann nicht erkennen, ob sie erneut vorgezeigt wird.
    .detail = Der Proof nennt die Challenge "{ $challenge }" und die Domain "{ $domain }". Sie werden angezeigt, nicht geprüft: Dieser Prüfer hat vom Inhaber keine Challenge verlangt, daher wird eine wiederholt vorgezeigte Präsentation nicht erkannt.

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

## Codes: Signaturen und Schlüssel (`proof`, `issuer-key`)

signature-valid = Die Signatur ist echt: Das Abzeichen wurde seit dem Signieren nicht verändert.
    .detail = Die { $suite }-Signatur ist gültig.

signature-invalid = Die Signatur passt nicht zu diesem Abzeichen: Es wurde nach dem Signieren verändert, oder jemand anderes als der Eigentümer des Schlüssels hat es signiert. Vertrauen Sie diesem Abzeichen nicht.
    .detail = { $reason ->
        [wrong-length] Die { $algorithm }-Signatur hat die falsche Länge.
        [es256-der] Die { $algorithm }-Signatur ist DER-kodiert; ECDSA-Signaturen sind das rohe r‖s (64 Byte für ES256, 96 Byte für ES384; RFC 7518 §3.4).
        [es256-out-of-range] r oder s der { $algorithm }-Signatur ist null oder außerhalb des gültigen Bereichs.
        [small-order-key] Die { $algorithm }-Signatur wird nicht verifiziert: Der öffentliche Ed25519-Schlüssel ist ein Punkt kleiner Ordnung, der zu jeder Nachricht passen kann, und wird abgelehnt.
        [sd-statement-count] Die offengelegten Aussagen passen nicht zum Selective-Disclosure-Proof: Er enthält eine Signatur pro nicht verpflichtender Aussage, und die Anzahlen unterscheiden sich (eine Aussage wurde hinzugefügt oder entfernt).
        [sd-label-map] Das offengelegte Dokument enthält einen Blank Node, den die Label-Tabelle des Selective-Disclosure-Proofs nicht nennt (das Dokument wurde verändert).
        [sd-mandatory-index] Ein Index einer verpflichtenden Aussage im Selective-Disclosure-Proof liegt hinter der letzten offengelegten Aussage (Aussagen wurden entfernt).
       *[other] Die { $algorithm }-Signatur lässt sich mit dem Schlüssel nicht verifizieren: Die signierten Bytes wurden verändert, oder ein anderer Schlüssel hat die Signatur erzeugt.
    }

proof-value-invalid = Die Signatur in diesem Abzeichen ist beschädigt und lässt sich nicht prüfen. Bitten Sie den Aussteller um eine neue Kopie des Abzeichens.
    .detail = { $reason ->
        [missing] Der Proof hat keinen String `proofValue`.
        [not-multibase] `proofValue` ist kein gültiges Multibase.
        [wrong-length] `proofValue` ergibt dekodiert keine 64 Byte lange Signatur (Ed25519 oder P-256 `r ‖ s`).
        [sd-not-base64url] Ein `ecdsa-sd-2023`-`proofValue` muss Multibase-base64url sein (Präfix `u`).
        [sd-header] Der `ecdsa-sd-2023`-`proofValue` beginnt weder mit dem Header eines Basis-Proofs (0xd9 0x5d 0x00) noch mit dem eines abgeleiteten Proofs (0xd9 0x5d 0x01).
        [sd-structure] Der abgeleitete `ecdsa-sd-2023`-`proofValue` ist nicht das CBOR-Array [Basissignatur (64 Byte), öffentlicher Schlüssel, Signaturen (je 64 Byte), Label-Tabelle (Ganzzahl → Bytes, jeder Schlüssel einmal), verpflichtende Indizes].
        [cbor-truncated] Das CBOR des `ecdsa-sd-2023`-`proofValue` endet mitten in einem Element.
        [cbor-wrong-type] Das CBOR des `ecdsa-sd-2023`-`proofValue` enthält ein Element des falschen Typs (verwendet werden nur vorzeichenlose Ganzzahlen, Byte-Strings, Arrays und Maps).
        [cbor-indefinite] Das CBOR des `ecdsa-sd-2023`-`proofValue` verwendet eine unbestimmte Länge.
        [cbor-reserved] Das CBOR des `ecdsa-sd-2023`-`proofValue` verwendet eine reservierte Kodierung (Zusatzinformation 28–30).
        [cbor-too-long] Das CBOR des `ecdsa-sd-2023`-`proofValue` gibt eine Länge oder Anzahl an, die größer ist als die Daten.
        [cbor-trailing] Der `ecdsa-sd-2023`-`proofValue` hat Bytes nach seinem CBOR-Array.
       *[other] `proofValue` ist keine Multibase-kodierte, 64 Byte lange Signatur (Ed25519 oder P-256 `r ‖ s`).
    }

proof-purpose-mismatch = Diese Signatur wurde nicht zum Ausstellen von Abzeichen erstellt und belegt daher nicht, dass der Aussteller dieses Abzeichen ausgestellt hat.
    .detail = Der Zweck des Proofs ist "{ $text }"; { $expected ->
        [authentication] die Signatur eines Inhabers auf einer Präsentation muss `authentication` verwenden.
       *[other] die Signatur eines Ausstellers muss `assertionMethod` verwenden.
    }

proof-expired = Die Signatur dieses Abzeichens ist am { $date } abgelaufen und kann daher nicht mehr für das Abzeichen bürgen. Bitten Sie den Aussteller um eine neu signierte Kopie.
    .detail = Das `expires` des Proofs ({ $dateIso }) ist überschritten.

proof-context-mismatch = Die Signatur deckt dieses Abzeichen nicht in seiner vorliegenden Form ab, daher kann sie nicht geprüft werden.
    .detail = eddsa-jcs-2022: Der `@context` des Proofs ist nicht der Anfang des `@context` des Nachweises.

sd-base-proof = Dies ist das Originalexemplar eines Abzeichens mit selektiver Offenlegung, das der Aussteller für die Inhaberin oder den Inhaber bestimmt hat, kein prüfbares Exemplar. Bitten Sie die Inhaberin oder den Inhaber, das Abzeichen aus der eigenen Wallet zu teilen; dabei entsteht ein prüfbares Exemplar.
    .detail = Der `ecdsa-sd-2023`-`proofValue` hat den Header eines Basis-Proofs (0xd9 0x5d 0x00). Ein Basis-Proof geht vom Aussteller an die Inhaberin oder den Inhaber, die daraus einen Proof ableiten (Header 0xd9 0x5d 0x01), der die gewählten Aussagen offenlegt; nur ein abgeleiteter Proof lässt sich prüfen, denn der Basis-Proof braucht den HMAC-Schlüssel des Ausstellers. Es handelt sich nicht um eine ungültige Signatur.

verification-method-invalid = Das Abzeichen gibt nicht richtig an, mit welchem Schlüssel es signiert wurde, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [not-https] Die Verifizierungsmethode { $key } muss eine https-URL sein.
        [not-did-or-https] Die Verifizierungsmethode { $key } ist weder eine DID-URL noch eine https-URL.
        [fragment-key-invalid] Der Schlüssel im Fragment von { $key } ist kein gültiger Multikey.
        [missing] Der Proof hat keine `verificationMethod`.
        [embedded-no-key] Die eingebettete Verifizierungsmethode hat keinen öffentlichen Schlüssel (`publicKeyMultibase` oder `publicKeyJwk`).
       *[other] Die Verifizierungsmethode { $key } ist fehlerhaft.
    }

jws-malformed = Die Daten des Abzeichens sind beschädigt oder unvollständig und lassen sich nicht lesen. Laden Sie das Abzeichen erneut dort herunter, wo es ausgestellt wurde.
    .detail = { $reason ->
        [segment-count] Ein kompaktes JWS hat genau drei durch `.` getrennte Segmente.
        [detached-payload] Das Payload-Segment ist leer (ein JWS mit abgetrennter Payload); ein Abzeichen-JWS enthält seine Payload.
        [header-not-base64url] Das Header-Segment ist kein base64url ohne Padding (JWS verbietet `=`-Padding und das Alphabet mit `+`/`/`).
        [payload-not-base64url] Das Payload-Segment ist kein base64url ohne Padding (JWS verbietet `=`-Padding und das Alphabet mit `+`/`/`).
        [signature-not-base64url] Das Signatur-Segment ist kein base64url ohne Padding (JWS verbietet `=`-Padding und das Alphabet mit `+`/`/`).
       *[other] Das kompakte JWS ist fehlerhaft.
    }

jws-header-invalid = Die Signaturangaben des Abzeichens sind beschädigt, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [not-object] Der JWS-Header ist kein JSON-Objekt.
        [not-json] Der JWS-Header ist kein gültiges JSON (UTF-8, keine doppelten Elemente).
        [alg-not-string] `alg` im JWS-Header ist kein String.
        [b64-not-boolean] `b64` im JWS-Header ist kein Boolean.
        [crit-not-array] `crit` im JWS-Header ist kein nicht leeres Array.
        [crit-entry-not-string] Ein Eintrag von `crit` im JWS-Header ist kein String.
        [jwk-not-object] `jwk` im JWS-Header ist kein JSON-Objekt.
       *[other] Der JWS-Header ist ungültig.
    }

jws-alg-none = Dieses Abzeichen ist gar nicht signiert, daher könnte es jeder verfasst haben. Vertrauen Sie diesem Abzeichen nicht.
    .detail = { $reason ->
        [missing] Der JWS-Header hat kein `alg`; ein unsigniertes JWS beweist nichts.
       *[other] Der JWS-Header gibt `alg: none` an: Das Token ist unsigniert.
    }

jws-alg-hmac = Dieses Abzeichen verwendet eine Art von Signatur, die jeder fälschen könnte, daher beweist es nichts. Vertrauen Sie diesem Abzeichen nicht.
    .detail = Das JWS verwendet `{ $algorithm }`, einen HMAC-Algorithmus (gemeinsames Geheimnis). Abzeichen werden mit Public-Key-Algorithmen signiert; würde HMAC akzeptiert, könnte jeder ein Abzeichen fälschen, indem er den veröffentlichten öffentlichen Schlüssel des Ausstellers als HMAC-Geheimnis verwendet.

jws-alg-not-allowed = Dieses Abzeichen ist auf eine Weise signiert, die diese Art von Abzeichen nicht erlaubt, daher ist die Signatur nicht vertrauenswürdig.
    .detail = Der JWS-Algorithmus `{ $algorithm }` wird für dieses Format nicht akzeptiert (akzeptiert: { $allowed }).

jws-alg-unsupported = Dieses Abzeichen verwendet ein Signaturverfahren, das dieses Prüfprogramm noch nicht prüfen kann, daher ist seine Signatur nicht bestätigt. Das heißt nicht, dass es gefälscht ist: Lassen Sie es vom Aussteller oder mit einem anderen Prüfprogramm prüfen.
    .detail = Der JWS-Algorithmus `{ $algorithm }` ist ein registrierter Public-Key-Algorithmus, den dieses Prüfprogramm nicht implementiert (es prüft RS256, PS256, ES256, ES384 und EdDSA mit Ed25519).

jws-crit-unsupported = Die Signatur dieses Abzeichens setzt eine Funktion voraus, die dieses Prüfprogramm nicht unterstützt, daher kann sie nicht geprüft werden.
    .detail = Das JWS kennzeichnet die Header-Erweiterung `{ $extension }` als kritisch, und dieses Prüfprogramm implementiert sie nicht, muss das JWS also ablehnen (RFC 7515 §4.1.11).

jws-b64-unsupported = Die Signatur dieses Abzeichens liegt in einer Form vor, die dieses Prüfprogramm nicht unterstützt, daher kann sie nicht geprüft werden.
    .detail = Der JWS-Header enthält `b64: false` (eine unkodierte Payload, RFC 7797), die Abzeichen nicht verwenden und die dieses Prüfprogramm nicht implementiert.

jwk-private-key = Der Aussteller hat seinen geheimen Signaturschlüssel veröffentlicht, daher könnte jeder dieses Abzeichen signiert haben. Vertrauen Sie diesem Abzeichen nicht; der Aussteller sollte darüber informiert werden.
    .detail = Der JWK enthält das Element `{ $member }` eines privaten Schlüssels: Ein veröffentlichter Schlüssel darf nur öffentlich sein.

jwk-symmetric = Der für dieses Abzeichen verwendete Schlüssel ist ein gemeinsames Geheimnis und beweist nichts darüber, wer signiert hat. Vertrauen Sie diesem Abzeichen nicht.
    .detail = Der JWK ist ein symmetrischer geheimer Schlüssel (`kty: oct`); nur öffentliche Schlüssel werden akzeptiert.

jwk-invalid = Der Schlüssel des Ausstellers ist fehlerhaft, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [not-object] Ein JWK muss ein JSON-Objekt sein.
        [missing] Der JWK hat kein Element `{ $member }`.
        [not-string] Das JWK-Element `{ $member }` muss ein String sein.
        [not-base64url] Das JWK-Element `{ $member }` ist kein base64url ohne Padding.
        [wrong-length] Das JWK-Element `{ $member }` ergibt dekodiert die falsche Anzahl Bytes.
        [not-on-curve] Der öffentliche Schlüssel des JWK (`{ $member }`) ist kein gültiger Kurvenpunkt.
       *[other] Der JWK ist fehlerhaft.
    }

jwk-alg-mismatch = Der Schlüssel des Ausstellers wurde für eine andere Art von Signatur veröffentlicht, als dieses Abzeichen verwendet, daher bürgt er nicht für dieses Abzeichen.
    .detail = Der Schlüssel ist nur für { $keyAlgorithm } veröffentlicht, das Token ist aber mit { $algorithm } signiert (RFC 7517 §4.4).

key-alg-mismatch = Der Schlüssel passt nicht zu dieser Art von Signatur, daher kann die Signatur nicht echt sein.
    .detail = Die Signatur gibt den Algorithmus { $algorithm } an, der Schlüssel ist aber { $keyType }; ein Schlüssel wird immer nur mit seinem eigenen Algorithmus verwendet.

key-unsupported = Der Schlüssel des Ausstellers ist von einer Art, die dieses Prüfprogramm noch nicht prüfen kann, daher ist die Signatur nicht bestätigt. Das heißt nicht, dass das Abzeichen gefälscht ist: Lassen Sie es vom Aussteller oder mit einem anderen Prüfprogramm prüfen.
    .detail = { $reason ->
        [okp-curve] Die OKP-Kurve `{ $text }` wird nicht unterstützt.
        [ec-curve] Die EC-Kurve `{ $text }` wird nicht unterstützt.
        [jwk-kty] Der JWK-Schlüsseltyp `{ $text }` wird nicht unterstützt.
        [multikey-codec] Der Multikey ist ein { $text }-Schlüssel, den dieses Prüfprogramm nicht implementiert.
        [pem-label] Der PEM-Block `{ $text }` wird nicht unterstützt (erwartet: `PUBLIC KEY` oder `RSA PUBLIC KEY`).
        [spki-algorithm] Der Public-Key-Algorithmus mit der OID { $text } wird nicht unterstützt.
        [rsa-too-large] Ein RSA-Modulus mit { $text } Bit ist größer, als dieses Prüfprogramm akzeptiert.
       *[other] Der Schlüssel { $text } wird nicht unterstützt.
    } Unterstützt werden Ed25519-, P-256-, P-384- und RSA-Schlüssel.

key-invalid = Der Schlüssel des Ausstellers ist beschädigt oder fehlerhaft, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [wrong-length] Der öffentliche Ed25519-Schlüssel hat nicht 32 Byte.
        [not-on-curve] Der öffentliche Schlüssel ist kein gültiger Kurvenpunkt.
        [too-long] Der Schlüsseltext ist länger, als ein unterstützter Schlüssel braucht.
        [not-base58] Der Schlüsseltext ist kein gültiges base58btc.
        [rsa-modulus-even] Der öffentliche RSA-Schlüssel ist ungültig: Sein Modulus ist gerade oder null (ein RSA-Modulus ist ein Produkt ungerader Primzahlen).
        [rsa-modulus-too-small] Der öffentliche RSA-Schlüssel ist ungültig: Sein Modulus ist nicht größer als der öffentliche Exponent.
        [rsa-exponent-even] Der öffentliche RSA-Schlüssel ist ungültig: Sein öffentlicher Exponent ist gerade.
        [rsa-exponent-too-small] Der öffentliche RSA-Schlüssel ist ungültig: Sein öffentlicher Exponent ist kleiner als 3.
        [rsa-exponent-too-large] Der öffentliche RSA-Schlüssel ist ungültig: Sein öffentlicher Exponent ist größer als 2^33 − 1.
       *[other] Die Schlüsselbytes sind kein gültiger Schlüssel.
    }

# „Bit“ bleibt nach jeder Zahl gleich; die Auswahl steht trotzdem da, weil jede Anzahl eine hat (tests/catalog.rs).
rsa-key-too-small = Der Schlüssel des Ausstellers ist zu schwach, um vertrauenswürdig zu sein: Jemand anderes könnte diese Signatur erzeugt haben.
    .detail = Der Modulus des RSA-Schlüssels hat { $bits ->
       *[other] { $bits } Bit
    }; Schlüssel unter 2048 Bit lassen sich faktorisieren und werden nicht akzeptiert (RFC 7518 §3.3).

rsa-key-weak = Der Schlüssel des Ausstellers wurde von einem fehlerhaften Schlüsselgenerator erzeugt, daher könnte jeder diese Signatur erzeugt haben. Vertrauen Sie diesem Abzeichen nicht; der Aussteller sollte darüber informiert werden.
    .detail = Der RSA-Schlüssel hat die ROCA-Struktur (CVE-2017-15361: Infineon-Chips, 2012–2017): Sein privater Schlüssel lässt sich aus dem öffentlichen Schlüssel berechnen.

multikey-invalid = Der Schlüssel des Ausstellers ist fehlerhaft oder von einer Art, die nicht signieren kann, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [not-base58btc] Ein Multikey muss Multibase-base58btc sein (beginnend mit `z`).
        [too-long] Der Multikey-Text ist länger, als ein unterstützter Schlüssel braucht.
        [not-base58] Der Multikey ist kein gültiges base58btc.
        [no-codec] Der Multikey hat kein gültiges Multicodec-Präfix.
        [wrong-length] Der Multikey enthält die falsche Anzahl Schlüsselbytes für seinen Multicodec.
        [codec-x25519] Der Multikey ist x25519-pub (0xec), ein Schlüssel für die Schlüsselvereinbarung, kein Signaturschlüssel.
        [codec-private-key] Der Multikey ist ein PRIVATER Schlüssel (ed25519-priv oder p256-priv), der niemals veröffentlicht werden darf.
       *[other] Der Multicodec des Multikeys ist unbekannt.
    } Akzeptiert werden nur ed25519-pub (0xed, `z6Mk…`), p256-pub (0x1200, `zDn…`) und p384-pub (0x1201, `z82…`).

pem-invalid = Der Schlüssel des Ausstellers ist fehlerhaft, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [too-long] Der PEM-Text ist länger, als ein öffentlicher Schlüssel braucht.
        [no-begin] Der Text beginnt nicht mit `-----BEGIN `.
        [begin-unterminated] Die PEM-BEGIN-Zeile ist nicht mit `-----` abgeschlossen.
        [no-end] Der PEM-Text endet nicht mit der passenden END-Zeile.
        [headers] Der PEM-Inhalt enthält Header oder einen zweiten Block; erwartet wird ein einfacher Schlüsselblock.
        [not-base64] Der PEM-Inhalt ist kein gültiges base64.
        [spki-der] Die SubjectPublicKeyInfo lässt sich nicht parsen (striktes DER).
        [spki-unused-bits] Der Schlüssel-Bitstring der SubjectPublicKeyInfo hat ungenutzte Bits.
        [pkcs1-der] Der PKCS#1-RSAPublicKey lässt sich nicht parsen (striktes DER).
        [rsa-parameters] Die rsaEncryption-SubjectPublicKeyInfo hat andere Parameter als NULL (RFC 3279 §2.3.1).
        [ed25519-parameters] Die Ed25519-SubjectPublicKeyInfo hat Parameter, was RFC 8410 §3 verbietet.
        [ec-no-curve] Der EC-Schlüssel nennt seine Kurve nicht.
       *[other] Der Text ist kein öffentlicher PEM-Schlüssel.
    }

pem-private-key = Der Aussteller hat seinen geheimen Signaturschlüssel veröffentlicht, daher könnte jeder dieses Abzeichen signiert haben. Vertrauen Sie diesem Abzeichen nicht; der Aussteller sollte darüber informiert werden.
    .detail = Der PEM-Block ist ein `{ $text }`: Ein veröffentlichter Schlüssel darf nur öffentlich sein.

did-invalid = Das Abzeichen nennt seinen Signaturschlüssel in einer Form, die sich nicht lesen lässt, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [too-long] Die DID-URL ist länger als die akzeptierten 8192 Byte.
       *[other] Der Text ist keine DID (erwartet: `did:<method>:<id>`, Methode aus Kleinbuchstaben und Ziffern).
    }

did-key-invalid = Das Abzeichen nennt seinen Signaturschlüssel in einer Form, die sich nicht lesen lässt, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [path-or-query] Der did:key hat einen Pfad, eine Query oder ein Versionssegment; ein did:key ist `did:key:<multibase key>` mit optionalem Fragment `#<same key>`.
        [wrong-fragment] Das Fragment des did:key wiederholt den Schlüssel nicht; die einzige Verifizierungsmethode eines did:key ist `did:key:<key>#<key>`.
       *[other] Der did:key ist fehlerhaft.
    }

did-jwk-invalid = Das Abzeichen nennt seinen Signaturschlüssel in einer Form, die sich nicht lesen lässt, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [path-or-query] Der did:jwk hat einen Pfad oder eine Query; ein did:jwk ist `did:jwk:<base64url JWK>` mit optionalem Fragment `#0`.
        [wrong-fragment] Das Fragment des did:jwk ist nicht `#0`, seine einzige Verifizierungsmethode.
        [not-base64url] Die ID des did:jwk ist kein base64url ohne Padding.
        [not-json] Die ID des did:jwk ist kein JSON-JWK.
        [encryption-key] Der Schlüssel des did:jwk ist mit `use: enc` gekennzeichnet: Er ist ein Schlüssel für die Schlüsselvereinbarung und kann keine Aussagen (assertions) signieren.
       *[other] Der did:jwk ist fehlerhaft.
    }

did-web-invalid = Das Abzeichen nennt seinen Signaturschlüssel unter einer Webadresse, die sich nicht verwenden lässt, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [not-did-web] Der Text beginnt nicht mit `did:web:`.
        [port] Der Port des did:web ist keine Zahl von 1 bis 65535.
        [host-empty] Der Host des did:web ist leer.
        [host-too-long] Der Host des did:web ist länger als 253 Zeichen.
        [host-not-domain] Der Host des did:web ist kein Domainname (nur Buchstaben, Ziffern, `-` und `.`; ein Port muss als `%3A` geschrieben werden).
        [host-ip] Der Host des did:web ist eine IP-Adresse; die Methode did:web erlaubt nur Domainnamen.
        [segment-empty] Ein Pfadsegment des did:web ist leer oder ein relativer Schritt (`.`/`..`).
        [segment-escape] Ein Pfadsegment des did:web enthält ein `%`, auf das keine zwei Hexadezimalziffern folgen.
        [segment-char] Ein Pfadsegment des did:web enthält ein Zeichen, das in einer DID nicht vorkommen darf.
       *[other] Der did:web ist nicht verwendbar.
    }

did-document-invalid = Das Schlüsseldokument des Ausstellers ist nicht verwendbar, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [not-object] Das DID- oder Controller-Dokument ist kein JSON-Objekt.
        [defined-twice] Das Dokument { $url } definiert die Verifizierungsmethode mehr als einmal, und zwar unterschiedlich; es ist mehrdeutig, welcher Schlüssel gemeint ist.
       *[other] Das DID- oder Controller-Dokument { $url } ist nicht verwendbar.
    }

did-document-mismatch = Das gefundene Schlüsseldokument beschreibt jemand anderen und kann daher nicht für dieses Abzeichen bürgen.
    .detail = Das für { $url } abgerufene Dokument hat die `id` "{ $text }"; ein Dokument, das einen anderen Identifikator beschreibt, kann nicht für diesen bürgen.

key-not-found = Das Schlüsseldokument des Ausstellers enthält den Schlüssel nicht, mit dem dieses Abzeichen signiert wurde, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [listed-not-defined] Das Dokument { $url } führt { $key } auf, definiert ihn aber nicht; in anderen Dokumenten definierten Methoden wird nicht gefolgt.
       *[other] Das Dokument { $url } definiert die Verifizierungsmethode { $key } nicht.
    }

key-not-authorized = Der Schlüssel, mit dem dieses Abzeichen signiert wurde, existiert, aber sein Eigentümer hat ihn nicht zum Signieren von Abzeichen freigegeben.
    .detail = { $reason ->
        [other-relationship] Die Verifizierungsmethode { $key } ist in { $url } nur unter anderen Beziehungen aufgeführt, nicht unter `{ $property }`.
       *[other] Die Verifizierungsmethode { $key } ist in { $url } unter keiner Verifizierungsbeziehung aufgeführt, also auch nicht unter `{ $property }`.
    }

vm-invalid = Der Schlüsseleintrag des Ausstellers ist fehlerhaft, daher kann die Signatur nicht geprüft werden.
    .detail = { $reason ->
        [controller-not-string] Die Verifizierungsmethode { $key } hat einen `controller`, der kein String ist.
        [no-controller] Die Verifizierungsmethode { $key } hat keinen `controller`, daher gibt nichts an, wessen Schlüssel sie ist.
        [no-key-material] Die Verifizierungsmethode { $key } hat kein `publicKeyMultibase`, `publicKeyJwk` oder `publicKeyBase58`.
        [several-key-materials] Die Verifizierungsmethode { $key } enthält mehrere Darstellungen des Schlüssels.
        [type-member-mismatch] Die Verifizierungsmethode { $key } enthält ihren Schlüssel in einem anderen Element, als ihr `type` verlangt.
        [not-string] Die Verifizierungsmethode { $key } hat ein Schlüsselelement, das kein String ist.
        [encryption-key] Die Verifizierungsmethode { $key } hat einen JWK, der als Verschlüsselungsschlüssel gekennzeichnet ist (`use: enc` oder `key_ops` nur mit Verschlüsselungsoperationen) und nicht signieren kann.
        [type-key-mismatch] Die Verifizierungsmethode { $key } ist vom Typ Ed25519VerificationKey, enthält aber eine andere Art von Schlüssel.
       *[other] Die Verifizierungsmethode { $key } ist fehlerhaft.
    }

vm-private-key = Der Aussteller hat seinen geheimen Signaturschlüssel veröffentlicht, daher könnte jeder dieses Abzeichen signiert haben. Vertrauen Sie diesem Abzeichen nicht; der Aussteller sollte darüber informiert werden.
    .detail = Die Verifizierungsmethode { $key } veröffentlicht Material eines privaten Schlüssels (`{ $member }`).

vm-key-mismatch = Die Dokumente des Ausstellers widersprechen sich darin, um welchen Schlüssel es sich handelt, daher ist er nicht vertrauenswürdig.
    .detail = Das Controller-Dokument { $url } definiert { $key } mit einem anderen Schlüssel als dem, den dessen eigenes Dokument veröffentlicht.

unsupported-cryptosuite = Dieses Abzeichen ist mit einem Verfahren signiert, das dieses Prüfprogramm nicht unterstützt, daher konnte seine Signatur nicht geprüft werden.
    .detail = Der Proof-Typ "{ $suite }" wird nicht unterstützt.

key-unresolved = Der Schlüssel des Ausstellers ließ sich nicht abrufen, daher konnte die Signatur nicht geprüft werden. Versuchen Sie es später oder mit Internetverbindung erneut.
    .detail = { $reason ->
        [did-method] Der Schlüssel { $key } verwendet eine DID-Methode, die dieses Prüfprogramm nicht unterstützt.
        [pending] Der Schlüssel { $key } wurde noch abgerufen.
        [offline] Der Schlüssel { $key } wurde nicht von { $url } abgerufen: Der Offline-Modus ist aktiv.
        [timeout] Der Schlüssel { $key } konnte nicht von { $url } abgerufen werden: Der Server hat nicht rechtzeitig geantwortet.
        [connection] Der Schlüssel { $key } konnte nicht von { $url } abgerufen werden: Der Server war nicht erreichbar.
        [cors] Der Schlüssel { $key } konnte nicht von { $url } abgerufen werden: Der Browser hat die Anfrage blockiert (CORS).
        [status] Der Schlüssel { $key } konnte nicht von { $url } abgerufen werden: Der Server hat mit HTTP { $status } geantwortet.
        [too-large] Der Schlüssel { $key } konnte nicht von { $url } abgerufen werden: Die Antwort war größer als erlaubt.
        [redirects] Der Schlüssel { $key } konnte nicht von { $url } abgerufen werden: zu viele Umleitungen.
        [redirected-off-site] Der Schlüssel { $key } ließ sich nicht verwenden: { $url } hat auf eine andere Website umgeleitet.
        [not-json] Das Dokument unter { $url } für den Schlüssel { $key } ist kein verwendbares JSON.
        [too-many-documents] Der Schlüssel { $key } wurde nicht von { $url } abgerufen: Es wären mehr Dokumente nötig, als `max_fetches` erlaubt.
       *[other] Der Schlüssel { $key } konnte nicht von { $url } abgerufen werden.
    }

key-not-bound = Die Signatur ist echt, aber nichts zeigt, dass der Schlüssel dem im Abzeichen genannten Aussteller gehört.
    .detail = { $reason ->
        [other-controller] Der Schlüssel gehört zu { $key }, und nichts zeigt, dass dieser Schlüssel für den Aussteller spricht.
        [not-on-issuer-site] Der Schlüssel unter { $key } liegt nicht auf der Website des Ausstellers.
        [no-web-origin] Der Schlüssel stammt aus dem Token selbst, und der Aussteller hat keinen Web-Origin, um seine Schlüssel zu veröffentlichen.
        [jwks-unavailable] Das Schlüsselset des Ausstellers unter { $key } konnte nicht abgerufen werden, daher zeigt nichts, dass der Schlüssel dem Aussteller gehört.
        [controller-unavailable] Das Controller-Dokument { $key } konnte nicht abgerufen werden.
        [embedded] Der Schlüssel ist im Proof selbst eingebettet (Controller { $key }); nichts vom Aussteller bestätigt ihn.
        [fragment-unresolvable] Der Schlüssel steht in der Adresse { $key }, die sich nicht abrufen lässt; nichts vom Aussteller bestätigt ihn.
       *[other] Nichts verbindet den Schlüssel { $key } mit dem Aussteller.
    }

key-not-issuer = Dieses Abzeichen wurde mit dem Schlüssel eines anderen signiert, nicht mit dem des Ausstellers. Vertrauen Sie diesem Abzeichen nicht.
    .detail = Der Nachweis gibt den Aussteller { $issuer } an, wurde aber mit dem Schlüssel { $key } signiert, der nicht dem Aussteller gehört.

jwks-invalid = Die vom Aussteller veröffentlichte Schlüsselliste ist fehlerhaft und kann den Schlüssel daher nicht bestätigen.
    .detail = Das JWK Set ist kein JSON-Objekt mit einem Array `keys` (RFC 7517 §5).

jwks-kid-ambiguous = Die vom Aussteller veröffentlichte Schlüsselliste benennt mehrere verschiedene Schlüssel gleich und kann daher nicht bestätigen, welcher dieses Abzeichen signiert hat.
    .detail = Mehrere Einträge im Schlüsselset des Ausstellers haben die `kid` "{ $kid }" mit unterschiedlichen Schlüsseln.

jwks-key-mismatch = Der Schlüssel, mit dem dieses Abzeichen signiert wurde, ist nicht der Schlüssel, den der Aussteller unter diesem Namen veröffentlicht. Vertrauen Sie diesem Abzeichen nicht.
    .detail = Das Schlüsselset des Ausstellers hat die `kid` "{ $kid }" für einen anderen Schlüssel als den, den das Token enthält.

jwks-iss-mismatch = Der vom Aussteller veröffentlichte Schlüssel ist als Eigentum eines anderen gekennzeichnet und bürgt daher nicht für dieses Abzeichen.
    .detail = Der passende Schlüssel im Schlüsselset des Ausstellers hat `iss` "{ $text }", der Aussteller ist aber { $issuer }.

jwks-key-use = Der vom Aussteller veröffentlichte Schlüssel ist für die Verschlüsselung bestimmt, nicht zum Signieren, und bürgt daher nicht für dieses Abzeichen.
    .detail = Der passende Schlüssel im Schlüsselset des Ausstellers ist ein Verschlüsselungsschlüssel (`use: enc` oder `key_ops` nur mit Verschlüsselungsoperationen).

key-bound = Der Schlüssel, mit dem dieses Abzeichen signiert wurde, gehört dem Aussteller.
    .detail = Der Schlüssel gehört nachweislich dem Aussteller: die eigene DID des Ausstellers, aufgeführt in seinem DID- oder Controller-Dokument oder Schlüsselset, oder vom Aussteller als sein eigener veröffentlicht.

key-from-fragment = Die Signatur ist echt, aber der Aussteller hat nicht bestätigt, dass der Schlüssel ihm gehört.
    .detail = Der Schlüssel wurde aus dem URL-Fragment der Verifizierungsmethode gelesen, und das Dokument unter dieser URL bestätigt ihn nicht.

## Codes: Widerruf, Ablauf der Prüfung, gehostete Abzeichen (`revocation`, `recipient`, jede Prüfung)

in-period = Das Abzeichen befindet sich in seinem Gültigkeitszeitraum.
    .detail = { $dates ->
        [issue-and-expiry] Der aktuelle Zeitpunkt liegt zwischen Ausstellungs- und Ablaufdatum.
        [issue] Der aktuelle Zeitpunkt liegt nach dem Ausstellungsdatum; das Abzeichen gibt kein Ablaufdatum an.
        [expiry] Der aktuelle Zeitpunkt liegt vor dem Ablaufdatum; das Abzeichen gibt kein Ausstellungsdatum an.
       *[other] Das Abzeichen gibt keine Daten an.
    } Die Daten stehen in `issued` und `expires` des Berichts.

not-revoked = { $purpose ->
        [suspension] Der Aussteller hat dieses Abzeichen nicht ausgesetzt.
        [revocation] Der Aussteller hat dieses Abzeichen nicht widerrufen.
       *[other] Der Aussteller hat dieses Abzeichen nicht markiert.
    }
    .detail = { $source ->
        [status-list] Der `{ $purpose }`-Eintrag des Nachweises in der Statusliste unter { $url } ist nicht gesetzt.
        [hosted] Der Server des Ausstellers stellt die Assertion weiterhin unter { $url } bereit und markiert sie nicht als widerrufen.
       *[other] Der Nachweis steht nicht in der Widerrufsliste des Ausstellers unter { $url }.
    }

status-set = Der Aussteller hat dieses Abzeichen mit einer Markierung versehen, die seine Gültigkeit nicht berührt.
    .detail = Der `{ $purpose }`-Statuswert des Nachweises ist { $value }.

revoked = Der Aussteller hat dieses Abzeichen widerrufen: Sie sollten ihm nicht mehr vertrauen.
    .detail = { $source ->
        [status-list] Der `revocation`-Eintrag des Nachweises in der Statusliste unter { $url } ist gesetzt.
        [hosted] Der Server des Ausstellers unter { $url } markiert die Assertion als widerrufen (`revoked: true` oder HTTP 410 Gone).
       *[other] Die Widerrufsliste des Ausstellers unter { $url } führt dieses Abzeichen auf.
    } Vom Aussteller angegebener Grund, falls vorhanden: "{ $revocationReason }"

suspended = Der Aussteller hat dieses Abzeichen vorübergehend ausgesetzt: Solange es ausgesetzt ist, sollten Sie ihm nicht vertrauen.
    .detail = Der `suspension`-Eintrag des Nachweises (Index { $index }) in der Statusliste unter { $url } ist gesetzt.

status-index-out-of-range = Ob der Aussteller dieses Abzeichen widerrufen hat, ließ sich nicht prüfen, weil das Abzeichen auf eine Stelle hinter dem Ende der Liste des Ausstellers verweist.
    .detail = Der Statusindex { $index } liegt außerhalb der Statusliste, die { $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträge
    } der `statusSize` des Eintrags enthält.

status-entry-invalid = Die Widerrufsangaben des Abzeichens sind fehlerhaft, daher lässt sich nicht prüfen, ob es widerrufen wurde. Bitten Sie den Aussteller um ein korrigiertes Abzeichen.
    .detail = { $reason ->
        [wrong-type] Der `type` des Statuseintrags ist weder `BitstringStatusListEntry` noch `StatusList2021Entry`.
        [missing] Der Statuseintrag hat kein `{ $property }`.
        [not-an-index] `{ $property }` des Statuseintrags ist keine Dezimalzahl von 0 bis 18446744073709551615.
        [not-http] `{ $property }` des Statuseintrags ist keine http(s)-URL.
        [id-is-list-url] `{ $property }` des Statuseintrags ist gleich seiner `statusListCredential`; die ID des Eintrags darf nicht die URL der Liste sein.
        [size-unsupported] `{ $property }` des Statuseintrags wird nicht unterstützt (ganze Zahlen von 1 bis 8).
       *[other] `{ $property }` des Statuseintrags ist fehlerhaft.
    }

status-unreachable = Ob der Aussteller dieses Abzeichen widerrufen hat, ließ sich nicht prüfen, weil seine Widerrufsliste nicht abgerufen werden konnte. Versuchen Sie es später erneut.
    .detail = Die Status- oder Widerrufsliste unter { $url } konnte nicht abgerufen werden: { $reason ->
        [offline] Der Offline-Modus ist aktiv, daher wird nichts abgerufen.
        [timeout] Der Server hat nicht rechtzeitig geantwortet.
        [connection] Der Server war nicht erreichbar (DNS-, Verbindungs- oder TLS-Fehler).
        [cors] Der Browser hat die Anfrage blockiert, weil der Server keine Cross-Site-Anfragen erlaubt (CORS).
        [status] Der Server hat mit HTTP { $status } geantwortet.
        [too-large] Die Antwort war größer als erlaubt.
        [redirects] Der Server hat zu oft umgeleitet.
        [refused] Die Adresse darf nicht abgerufen werden.
        [not-http] Sie ist keine http(s)-URL.
        [too-many-documents] Es wären mehr Dokumente nötig, als das Limit `max_fetches` erlaubt.
        [not-json] Das Dokument ist kein verwendbares JSON.
       *[other] Der Abruf ist fehlgeschlagen.
    }

status-list-untrusted = Ob der Aussteller dieses Abzeichen widerrufen hat, ließ sich nicht prüfen, weil nicht nachweisbar ist, dass die Widerrufsliste vom Aussteller stammt.
    .detail = Die Statusliste unter { $url } ist nicht vertrauenswürdig: { $reason ->
        [redirected-off-site] Die Anfrage wurde auf eine andere Website umgeleitet, und Statuslisten werden nur von der Website akzeptiert, die das Abzeichen nennt.
        [unsigned] Der Listen-Nachweis trägt keinen Proof.
        [not-signed-by-issuer] Kein Proof des Listen-Nachweises lässt sich mit einem Schlüssel verifizieren, der an den Aussteller der Liste gebunden ist.
        [status] Der Server hat mit HTTP { $status } geantwortet.
       *[other] Ihr Proof ließ sich nicht prüfen.
    }

status-list-invalid = Ob der Aussteller dieses Abzeichen widerrufen hat, ließ sich nicht prüfen, weil die Widerrufsliste des Ausstellers in einer Form vorliegt, die dieses Prüfprogramm nicht lesen kann.
    .detail = { $reason ->
        [wrong-type] Das Dokument ist kein `BitstringStatusListCredential` oder `StatusList2021Credential` (der Typ, den der Statuseintrag verlangt).
        [no-subject] Der Statuslisten-Nachweis hat kein `credentialSubject`.
        [several-subjects] Der Statuslisten-Nachweis muss genau ein `credentialSubject`-Objekt haben (die Liste).
        [wrong-subject-type] Das Subject des Statuslisten-Nachweises ist keine `BitstringStatusList` oder `StatusList2021`.
        [no-encoded-list] Der Statuslisten-Nachweis hat keinen String `encodedList`.
       *[other] Das Dokument ist kein Statuslisten-Nachweis.
    }

status-list-expired = Ob der Aussteller dieses Abzeichen widerrufen hat, ließ sich nicht prüfen, weil seine Widerrufsliste am { $date } abgelaufen ist.
    .detail = Der Statuslisten-Nachweis unter { $url } hat `validUntil` { $dateIso }, in der Vergangenheit.

status-list-corrupt = Ob der Aussteller dieses Abzeichen widerrufen hat, ließ sich nicht prüfen, weil seine Widerrufsliste beschädigt ist.
    .detail = { $reason ->
        [not-base64] `encodedList` ist weder base64 noch Multibase-base64url.
        [not-gzip] Die dekodierte Liste ist kein gzip (sie beginnt nicht mit 1f 8b).
        [gzip-method] Die gzip-Kompressionsmethode ist nicht 8 (deflate).
        [gzip-reserved-flags] Der gzip-Header setzt reservierte Flag-Bits.
        [gzip-truncated] Die gzip-Daten enden vor dem Ende ihres Headers, ihrer Daten oder ihres 8 Byte langen Trailers aus CRC-32 und Länge.
        [gzip-header-crc] Die CRC des gzip-Headers passt nicht zum Header.
        [deflate-invalid] Die deflate-Daten im gzip sind beschädigt.
        [gzip-crc] Die CRC-32 im gzip-Trailer passt nicht zur entpackten Liste: Die Liste wurde beschädigt.
        [gzip-length] Die Länge im gzip-Trailer (mod 2^32) passt nicht zur entpackten Liste.
        [gzip-trailing-bytes] Auf das gzip-Member folgen weitere Bytes; eine Statusliste ist genau ein gzip-Member (RFC 1952).
       *[other] Die kodierte Liste lässt sich nicht dekodieren.
    }

status-purpose-mismatch = Ob der Aussteller dieses Abzeichen widerrufen hat, ließ sich nicht prüfen, weil die Liste, auf die es verweist, einem anderen Zweck dient.
    .detail = Der Statuseintrag des Nachweises hat `statusPurpose` "{ $purpose }", die Liste, auf die er verweist, gilt aber für "{ $listPurposes }"; zu diesem Zweck sagt die Liste nichts aus.

status-list-short = Die Widerrufsliste des Ausstellers ist kleiner, als der Standard verlangt. Dadurch lässt sich leichter erkennen, welches Abzeichen gerade geprüft wird. Sie wurde trotzdem gelesen.
    .detail = Die Statusliste unter { $url } enthält { $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträge
    }, weniger als die 131072, die die Bitstring-Status-List-Spezifikation zum Schutz der Privatsphäre der Empfänger verlangt.

recipient-not-requested = Es wurde kein Empfänger angegeben, mit dem dieses Abzeichen abgeglichen werden soll.
    .detail = Geben Sie eine E-Mail-Adresse, URL oder eine andere Kennung an, um zu prüfen, ob das Abzeichen dafür ausgestellt wurde.

recipient-not-stated = Das Abzeichen gibt nicht an, für wen es ausgestellt wurde, daher lässt es sich nicht mit einer Person abgleichen.
    .detail = Das Abzeichen gibt keine Empfängeridentität an (`credentialSubject.id` / `identifier` oder bei OB 2.0 `recipient.identity`), mit der verglichen werden könnte.

recipient-match = Das Abzeichen wurde für die angegebene Person ausgestellt.

recipient-mismatch = Das Abzeichen wurde für eine andere Person ausgestellt als die angegebene.

not-applicable = Diese Prüfung gilt nicht für diese Art von Abzeichen.

not-reached = { $blockedBy ->
        [proof] Nicht geprüft, weil die Signatur des Abzeichens zuerst nicht verifiziert werden konnte.
       *[other] Nicht geprüft, weil die Datei nicht als Abzeichen gelesen werden konnte.
    }

jws-payload-invalid = Die Daten dieses Abzeichens sind beschädigt oder nicht in einer für Abzeichen üblichen Form, daher lassen sie sich nicht lesen.
    .detail = { $reason ->
        [not-an-object] Die JWS-Payload ist JSON, aber kein JSON-Objekt.
        [not-json] Die JWS-Payload ist kein JSON.
       *[other] Die JWS-Payload ist kein JSON-Objekt.
    }

## Codes: Hinweise (Abweichungen, die nichts abschwächen)

hidden-characters = Ein Text in diesem Abzeichen enthält unsichtbare Zeichen oder Zeichen, die die Schreibrichtung ändern. Sie werden als ⟨U+XXXX⟩ angezeigt, damit sich der Text nicht als anderer Text ausgeben kann.
    .detail = Bidirektionale Steuerzeichen, Zeichen ohne Breite und andere unsichtbare Codepoints wurden in den Anzeigefeldern des Berichts durch ⟨U+XXXX⟩ ersetzt; `credential` enthält den Originaltext.

not-an-open-badge = Diese Datei ist kein Open Badge.
    .detail = Weder ein Open-Badges-3.0-Nachweis (`OpenBadgeCredential` / `AchievementCredential`) noch eine Open-Badges-2.0-Assertion.

no-issuer = Das Abzeichen gibt nicht an, wer es ausgestellt hat.
    .detail = Kein `issuer` (OB 3.0) oder `badge.issuer` (OB 2.0).

no-subject = Das Abzeichen gibt nicht an, wofür oder an wen es verliehen wurde.
    .detail = Kein `credentialSubject`.

no-achievement = Das Abzeichen gibt nicht an, was erreicht wurde.
    .detail = Kein `credentialSubject.achievement` (OB 3.0) oder `badge` (OB 2.0).

## Prüfseite

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
ui-member = Abzeichen { $n } von { $total }
ui-container = { $container ->
        [presentation] Präsentation von Abzeichen
        [clr] Lernnachweis
       *[other] Sammlung von Abzeichen
    }
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
page-served = bereitgestellt von badgeverify serve auf diesem Computer (die Demo des Elements <open-badge> ist www/demo.html im Repository)
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
