# Messages de badgeverify en français : traduction de en.ftl, la source.
#
# Une entrée par code du rapport (docs/report.md, « Codes ») : le message qu'une personne lit, en mots
# simples (ce que cela signifie pour la confiance dans ce badge, puis que faire), et dans l'attribut
# `.detail` le détail technique (noms de champs, algorithmes, adresses, dates ISO), affiché à part
# sous « Détails techniques ». Les variables sont les paramètres du code (docs/report.md, « Parameters ») ;
# un paramètre de date `$date` arrive dans un message comme la date du lecteur, `$dateIso` contenant
# le texte RFC 3339 du rapport. Les nombres sont écrits sans séparateur de milliers.
#
# Le même fichier est lu par la CLI (Rust, fluent-bundle) et par le paquet npm, le widget et la page
# de vérification (JavaScript, @fluent/bundle) ; tous deux l'affichent sans marques d'isolation Unicode.

## Dates : `date` affiche un paramètre de date pour les personnes.

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

## Noms des vérifications, tels que les personnes les voient (les identifiants restent dans le JSON).

check-container = Fichier
check-payload = Données du badge
check-schema = Structure du badge
check-proof = Signature
check-issuer-key = Clé de l'émetteur
check-validity-period = Dates
check-revocation = Révocation
check-recipient = Titulaire
check-hosted-origin = Site de l'émetteur

## Résumés des badges valides (un rapport non valide est résumé par le message de la
## vérification qui en décide).

summary-valid = { $matched ->
        [yes] « { $badge } », délivré par { $issuer } le { $date } à la personne que vous avez indiquée.
       *[other] « { $badge } », délivré par { $issuer } le { $date }.
    }
summary-valid-undated = { $matched ->
        [yes] « { $badge } », délivré par { $issuer } à la personne que vous avez indiquée.
       *[other] « { $badge } », délivré par { $issuer }.
    }
summary-valid-unnamed = { $matched ->
        [yes] Délivré par { $issuer } à la personne que vous avez indiquée.
       *[other] Délivré par { $issuer }.
    }
summary-unestablished = Ce badge ne présente aucune anomalie, mais on n'a pas pu confirmer qui l'a signé.
    .detail = Ni une preuve validée avec une clé rattachée à l'émetteur, ni une vérification hosted-origin réussie n'ont été établies.

summary-container = { $container ->
        [presentation] Cette présentation contient
        [clr] Ce relevé d'apprentissage contient
       *[other] Ce fichier contient
    } { $total ->
        [one] 1 badge
       *[other] { $total } badges
    } : { $valid ->
        [0] { $invalid ->
            [0] { $unestablished ->
                [0] {""}
               *[other] { $unestablished } à vérification incomplète
            }
           *[other] { $invalid ->
                [one] { $invalid } non vérifié
               *[other] { $invalid } non vérifiés
            }{ $unestablished ->
                [0] {""}
               *[other] , { $unestablished } à vérification incomplète
            }
        }
       *[other] { $valid ->
            [one] { $valid } vérifié
           *[other] { $valid } vérifiés
        }{ $invalid ->
            [0] {""}
           *[other] , { $invalid ->
                [one] { $invalid } non vérifié
               *[other] { $invalid } non vérifiés
            }
        }{ $unestablished ->
            [0] {""}
           *[other] , { $unestablished } à vérification incomplète
        }
    }.
    .detail = Chaque attestation est listée ci-dessous avec son propre rapport ; le verdict du fichier est le pire des leurs et de ses propres vérifications.

## Ce que le widget, la page de vérification et la CLI affichent autour des messages (ui-… : commun ;
## page-… : la page de vérification ; cli-… : l'outil en ligne de commande).

ui-valid = Vérifié
ui-invalid = Non vérifié
ui-indeterminate = Vérification incomplète
ui-error = Vérification impossible
ui-badge = Badge
ui-issued-by = Délivré par
ui-recipient = Délivré à
ui-issued = Délivré le
ui-expires = Expire le
ui-not-stated = non indiqué
ui-hashed = (masqué sous forme d'empreinte dans le badge)
ui-matches = correspond à la personne indiquée
ui-does-not-match = ne correspond PAS à la personne indiquée
ui-checks = Vérifications
ui-notes = Remarques (elles ne changent rien au verdict)
ui-technical-details = Détails techniques
ui-outcome-pass = réussie
ui-outcome-fail = échouée
ui-outcome-warn = non établie
ui-outcome-skip = non effectuée
cli-tally = { $total ->
        [one] { $total } fichier
       *[other] { $total } fichiers
    } : { $valid ->
        [one] { $valid } vérifié
       *[other] { $valid } vérifiés
    }, { $invalid ->
        [one] { $invalid } non vérifié
       *[other] { $invalid } non vérifiés
    }, { $indeterminate } à vérification incomplète, { $error ->
        [one] { $error } impossible à vérifier
       *[other] { $error } impossibles à vérifier
    }

## Codes : lecture du fichier et des données du badge (vérifications `container` et `payload`)

container-ok = Le fichier du badge a été lu.
    .detail = { $container ->
        [png] Le PNG a été lu bloc par bloc (chaque CRC vérifié) et contient des données de badge intégrées.
        [svg] Un élément de badge intégré a été trouvé dans le SVG.
        [json] L'entrée est un texte JSON.
        [url] L'entrée est une URL.
       *[other] L'entrée est un JWS compact.
    }

no-badge-data = Cette image ne contient pas de badge. Une capture d'écran ou une copie réenregistrée d'un badge perd le badge qu'elle contenait : téléchargez l'image du badge depuis le site de l'émetteur ou la plateforme de badges, puis vérifiez ce fichier.
    .detail = { $container ->
        [svg] Le SVG ne contient aucun élément `<openbadges:assertion>` ou `<openbadges:credential>` avec un attribut `verify` ou un contenu.
       *[other] Le PNG ne contient aucun bloc `iTXt`, `tEXt` ou `zTXt` avec le mot-clé `openbadges` ou `openbadgecredential`.
    }

unrecognized-input = { $kind ->
        [jpeg] C'est une photo ou un fichier image, qui ne peut pas contenir de badge. Un badge se présente sous la forme d'une image PNG ou SVG qui le contient, de ses données brutes ou de son adresse web.
        [gif] C'est une image GIF, qui ne peut pas contenir de badge. Un badge se présente sous la forme d'une image PNG ou SVG qui le contient, de ses données brutes ou de son adresse web.
        [webp] C'est une image WebP, qui ne peut pas contenir de badge. Un badge se présente sous la forme d'une image PNG ou SVG qui le contient, de ses données brutes ou de son adresse web.
        [pdf] C'est un document PDF, qui ne peut pas contenir de badge. Un badge se présente sous la forme d'une image PNG ou SVG qui le contient, de ses données brutes ou de son adresse web.
       *[other] Ce fichier n'est pas un badge. Un badge se présente sous la forme d'une image PNG ou SVG qui le contient, de ses données brutes ou de son adresse web.
    }
    .detail = { $kind ->
        [jpeg] Une image JPEG.
        [gif] Une image GIF.
        [webp] Une image WebP.
        [pdf] Un document PDF.
        [xml] Un document XML dont l'élément racine n'est pas `<svg>`.
        [no-element] Un texte commençant par `<` qui ne contient aucun élément XML.
        [not-png] La signature PNG de 8 octets est absente.
       *[other] Ni un PNG, ni un SVG, ni du JSON, ni un JWS compact, ni une URL http(s).
    }

payload-unrecognized = { $reason ->
        [empty] Le badge contenu dans ce fichier est vide : il n'y a rien à vérifier.
       *[other] Le badge contenu dans ce fichier est dans un format que ce vérificateur ne reconnaît pas.
    }
    .detail = { $reason ->
        [empty] Les données du badge sont vides.
       *[other] Les données du badge ne sont ni du JSON, ni un JWS compact, ni une URL http(s).
    }

png-bad-crc = Ce fichier est endommagé : le badge qu'il contient ne peut pas être lu. Téléchargez de nouveau le badge depuis le site où il a été délivré.
    .detail = Le bloc PNG { $chunk } à l'octet { $offset } échoue à sa vérification CRC-32.

png-truncated = Ce fichier est incomplet : le badge qu'il contient ne peut pas être lu. Téléchargez de nouveau le badge depuis le site où il a été délivré.
    .detail = { $reason ->
        [no-iend] Le PNG se termine à l'octet { $offset } sans bloc `IEND`.
       *[other] Le bloc PNG à l'octet { $offset } dépasse la fin du fichier.
    }

png-malformed = Ce fichier est endommagé : le badge qu'il contient ne peut pas être lu. Téléchargez de nouveau le badge depuis le site où il a été délivré.
    .detail = { $reason ->
        [chunk-length] Le bloc PNG `{ $chunk }` à l'octet { $offset } déclare une longueur supérieure au maximum PNG de 2^31-1.
        [chunk-type] Le bloc PNG à l'octet { $offset } a un type invalide (pas quatre lettres ASCII).
        [first-not-ihdr] Le premier bloc PNG est `{ $chunk }` ; un PNG doit commencer par `IHDR`.
        [no-keyword] Le bloc de badge `{ $chunk }` à l'octet { $offset } n'a pas de mot-clé.
        [compression-method] Le bloc de badge `{ $chunk }` à l'octet { $offset } a une méthode de compression inconnue.
        [no-compression-flag] Le bloc de badge `{ $chunk }` à l'octet { $offset } se termine avant son indicateur de compression.
        [no-language-tag] Le bloc de badge `{ $chunk }` à l'octet { $offset } n'a pas d'étiquette de langue.
        [no-translated-keyword] Le bloc de badge `{ $chunk }` à l'octet { $offset } n'a pas de mot-clé traduit.
        [compression-flag] Le bloc de badge `{ $chunk }` à l'octet { $offset } a un indicateur ou une méthode de compression inconnus.
        [not-utf8] Le texte du bloc de badge `{ $chunk }` à l'octet { $offset } n'est pas en UTF-8, comme l'exige un texte `iTXt`.
       *[other] Le bloc PNG `{ $chunk }` à l'octet { $offset } est mal formé.
    }

png-inflate = Ce fichier est endommagé : le badge qu'il contient ne peut pas être lu. Téléchargez de nouveau le badge depuis le site où il a été délivré.
    .detail = Le texte compressé du bloc PNG `{ $chunk }` à l'octet { $offset } n'est pas un flux zlib valide.

svg-syntax = Ce fichier image est endommagé : le badge qu'il contient ne peut pas être lu. Téléchargez de nouveau le badge depuis le site où il a été délivré.
    .detail = Le SVG n'est pas un XML bien formé vers l'octet { $offset }.

svg-entity = Le badge contenu dans cette image fait référence à un contenu extérieur qui n'est jamais chargé : il ne peut pas être lu. Redemandez le badge à l'émetteur.
    .detail = L'élément de badge fait référence à l'entité `&{ $entity };`. Seules les cinq entités XML prédéfinies et les références de caractères sont décodées ; les entités déclarées dans un DOCTYPE ne sont jamais développées ni récupérées.

unreadable-input = Ce fichier n'a pas pu être ouvert : rien n'a été vérifié. Vérifiez qu'il existe et que vous avez le droit de le lire.
    .detail = `{ $path }` : { $reason ->
        [not-found] fichier ou dossier introuvable.
        [permission-denied] permission refusée.
        [is-a-directory] c'est un dossier.
        [not-a-directory] une partie du chemin n'est pas un dossier.
        [too-deep] le dossier est imbriqué sur plus de 32 niveaux ; indiquez-le directement.
       *[other] il ne peut pas être lu.
    }

invalid-options = La vérification du badge a été mal configurée : elle n'a pas été lancée.
    .detail = { $reason ->
        [not-json] Les options ne sont pas un JSON valide de la forme {"{"}"now": "2026-01-01T00:00:00Z", "recipient": "…"{"}"}.
        [now-missing] Les options doivent contenir une chaîne `now` (une date-heure RFC 3339).
        [now-invalid] `now` n'est pas une date-heure RFC 3339.
        [recipient-not-string] `recipient` doit être une chaîne.
        [crypto-unknown] `crypto` doit valoir `auto` ou `builtin`.
       *[other] Les options sont invalides.
    }

invalid-input = Aucun élément pouvant être un badge n'a été fourni.
    .detail = L'argument d'entrée n'a pas le bon type : des octets (un Uint8Array, un ArrayBuffer, un Blob) ou une chaîne étaient attendus.

internal-error = Une erreur s'est produite dans le vérificateur : ce badge n'a pas été vérifié. Merci de signaler ce problème.
    .detail = Une exception inattendue dans le code de liaison JavaScript.

verifier-unavailable = Le vérificateur de badges n'a pas pu être chargé : ce badge n'a pas été vérifié. Rechargez la page pour réessayer.
    .detail = Le paquet WebAssembly n'a pas pu être chargé.

widget-error = Une erreur s'est produite pendant la vérification de ce badge. Rechargez la page pour réessayer.
    .detail = Une défaillance inattendue dans l'élément de badge.

source-cors = Le fichier du badge n'a pas pu être chargé : le site qui l'héberge ne permet pas aux autres sites de le lire. Ouvrez le badge sur le site de l'émetteur, ou téléchargez-le et vérifiez le fichier.
    .detail = Le fichier du badge à l'adresse `src` se trouve sur une autre origine qui n'autorise pas les lectures cross-origin (pas d'en-têtes CORS), ou il est inaccessible.

source-unreachable = Le fichier du badge n'a pas pu être téléchargé. Vérifiez votre connexion et réessayez.
    .detail = Le fichier du badge à l'adresse `src` n'a pas pu être récupéré.

source-http-status = Le site qui héberge le fichier du badge a répondu par une erreur : le badge n'a pas pu être chargé.
    .detail = Le serveur a répondu avec le statut HTTP { $status } pour `src`.

source-too-large = Le fichier du badge est trop volumineux pour être vérifié ici.
    .detail = Le fichier du badge à l'adresse `src` dépasse la taille acceptée par l'élément.

source-blocked-by-policy = Les paramètres de sécurité de cette page ne permettent pas de charger le badge depuis cette adresse.
    .detail = L'URL n'a pas été récupérée car la Content Security Policy de la page l'interdit.

fetch-loop = Le vérificateur s'est arrêté car il redemandait sans cesse les mêmes documents. Merci de signaler ce problème.
    .detail = Un garde-fou du pilote : la vérification a redemandé des documents sans progresser (répondez à chaque requête par supply() ou fail() avant de relancer une étape).

limit-exceeded = Ce badge est plus volumineux ou plus complexe que ce que ce vérificateur accepte : il n'a pas été vérifié.
    .detail = { $what ->
        [input] L'entrée
        [png-chunks] Le nombre de blocs PNG
        [png-text-chunk] Un bloc de texte de badge
        [png-inflated-text] Le texte décompressé d'un bloc de badge
        [xml-nodes] Le nombre de nœuds XML du SVG
        [xml-depth] L'imbrication des éléments du SVG
        [xml-text] Un texte du SVG
        [json-size] Un document JSON
        [json-values] Le nombre de valeurs JSON
        [json-depth] La profondeur d'imbrication JSON
        [json-write-depth] La profondeur d'imbrication d'une valeur JSON à écrire
        [nquads-size] Le texte N-Quads
        [quads] Le nombre d'énoncés RDF
        [rdfc-work] Le travail de hachage des nœuds anonymes RDFC-1.0
        [rdfc-depth] La profondeur de récursion Hash N-Degree Quads de RDFC-1.0
        [sd-signatures] Le nombre de signatures d'énoncés de la preuve à divulgation sélective
        [sd-labels] Le nombre d'entrées de la table d'étiquettes de la preuve à divulgation sélective
        [sd-mandatory-indexes] Le nombre d'index d'énoncés obligatoires de la preuve à divulgation sélective
        [context-depth] L'imbrication des contextes JSON-LD
        [remote-contexts] La chaîne de contextes JSON-LD distants
        [context-terms] Le nombre de définitions de termes JSON-LD
        [jsonld-work] Le travail de traitement JSON-LD
        [jsonld-depth] L'imbrication du document JSON-LD
       *[other] Une ressource ({ $what })
    } dépasse la limite `{ $limit }` ({ $max }).

credential-json = Les données du badge ont été lues.
    .detail = Attestation Open Badges 3.0 décodée (JSON avec une preuve intégrée).

assertion-json = Les données du badge ont été lues.
    .detail = Assertion Open Badges décodée (JSON).

vc-jwt = Les données du badge ont été lues.
    .detail = VC-JWT Open Badges 3.0 décodé.

signed-assertion = Les données du badge ont été lues.
    .detail = Assertion signée Open Badges décodée (JWS).

hosted-url = Ce badge est publié sur le site de son émetteur.
    .detail = Le badge est hébergé à l'adresse { $url }.

not-a-badge = Ce fichier contient des données, mais pas un badge.
    .detail = Ce JSON n'est ni une assertion Open Badges ni une Verifiable Credential.

container-json = Ce fichier contient { $total ->
        [one] 1 badge
       *[other] { $total } badges
    }, chacun vérifié séparément ci-dessous.
    .detail = { $container ->
        [presentation] Une Verifiable Presentation
        [clr] Un `ClrCredential` CLR 2.0 (Comprehensive Learner Record)
       *[other] Une réponse de l'API Open Badges 3.0 (`GetOpenBadgeCredentialsResponse`)
    } contenant { $total ->
        [one] { $total } attestation
       *[other] { $total } attestations
    }.

container-empty = Ce fichier ne contient aucun badge : il n'y a rien à vérifier.
    .detail = { $container ->
        [presentation] La Verifiable Presentation n'a pas de `verifiableCredential`.
        [clr] Le CLR n'a pas de `credentialSubject.verifiableCredential`.
       *[other] La réponse de l'API n'a ni entrée `credential` ni entrée `compactJwsString`.
    }

enveloped-invalid = Les données du badge sont emballées d'une façon que ce vérificateur ne sait pas ouvrir.
    .detail = { $reason ->
        [media-type] L'id de l'enveloppe est une URL `data:` d'un autre type de média que `application/vc+jwt` ou `application/vp+jwt`.
       *[other] L'id de l'enveloppe n'est pas une URL `data:application/vc+jwt,…` (ou `vp+jwt`).
    }

enveloped-unsupported = Ce badge est scellé dans un format que ce vérificateur ne sait pas encore contrôler : rien de son contenu n'est confirmé, et rien n'y a été trouvé d'incorrect.
    .detail = { $reason ->
        [sd-jwt] L'URL `data:` de l'enveloppe contient un SD-JWT (un JWT à divulgation sélective, `application/vc+sd-jwt`), que ce vérificateur ne lit pas encore.
       *[other] L'URL `data:` de l'enveloppe contient une attestation sécurisée par COSE (`application/vc+cose`), que ce vérificateur ne lit pas encore.
    }

json-syntax = Les données du badge sont endommagées ou incomplètes : elles ne peuvent pas être lues.
    .detail = JSON invalide à la ligne { $line }, colonne { $column }.

json-not-utf8 = Les données du badge sont endommagées : elles ne peuvent pas être lues.
    .detail = Le JSON n'est pas de l'UTF-8 valide (octet { $offset }).

json-duplicate-key = Les données du badge indiquent deux fois le même élément : leur sens est ambigu et on ne peut pas s'y fier.
    .detail = L'objet JSON contient deux fois le membre "{ $member }" ; les clés en double sont refusées car les lecteurs ne s'accordent pas sur celle qui compte.

jsonld-invalid = Les données du badge ne peuvent pas être interprétées comme l'exige sa signature : la signature ne peut pas être vérifiée.
    .detail = Erreur de traitement JSON-LD 1.1 : { $reason }.

rdfc-invalid-quad = Les données du badge ne peuvent pas être interprétées comme l'exige sa signature : la signature ne peut pas être vérifiée.
    .detail = Le jeu de données contient { $reason ->
        [literal-subject] un littéral comme sujet
        [predicate-not-iri] un prédicat qui n'est pas une IRI
        [literal-graph] un littéral comme nom de graphe
       *[other] un énoncé invalide
    }, ce que RDF (et donc RDFC-1.0) n'autorise pas.

base64-invalid = Une partie des données du badge est endommagée : elle ne peut pas être lue.
    .detail = Une valeur n'est pas du base64 valide (ou, en JOSE, du base64url sans remplissage).

base58-invalid = Une partie des données du badge est endommagée : elle ne peut pas être lue.
    .detail = Une valeur n'est pas du base58btc valide.

multibase-unsupported = Une partie des données du badge est dans un format que ce vérificateur ne prend pas en charge.
    .detail = Une valeur multibase commençant par `z` (base58btc) ou `u` (base64url) était attendue.

nquads-syntax = Les données n'ont pas pu être lues.
    .detail = Erreur de syntaxe N-Quads à la ligne { $line }, colonne { $column }.

bake-invalid-payload = Les données du badge à intégrer dans l'image ne peuvent pas être lues : aucune image de badge n'a été créée.
    .detail = Refus d'intégrer des données qui ne s'analysent ni comme du JSON ni comme un JWS compact.

context-unknown = Le badge utilise un vocabulaire que ce vérificateur ne connaît pas : sa signature n'a pas pu être vérifiée.
    .detail = Le contexte JSON-LD { $url } n'est pas fourni avec ce vérificateur, et les contextes ne sont jamais récupérés (leur contenu fait partie de ce qui est signé).

## Codes : la structure du badge et les versions d'Open Badges (`schema`, `hosted-origin`, dates, titulaires)

schema-ok = Le badge contient tout ce qu'un Open Badge doit contenir.
    .detail = Le badge respecte les exigences structurelles d'Open Badges { $version }. { $notes ->
        [0] Aucun écart par rapport à la spécification.
        [one] Un écart par rapport à la spécification est signalé dans une remarque.
       *[other] { $notes } écarts par rapport à la spécification sont signalés dans des remarques.
    }

schema-invalid = { $cause ->
        [not-an-open-badge] Ce n'est pas un Open Badge : il ne peut pas être vérifié comme tel.
        [no-issuer] Le badge n'indique pas qui l'a délivré : personne ne s'en porte garant.
        [no-subject] Le badge n'indique pas à qui ni pour quoi il a été attribué : il ne prouve rien.
        [no-achievement] Le badge n'indique pas ce qui a été accompli : il ne prouve rien.
       *[other] Ce badge est incomplet et ne peut pas être lu comme un Open Badge.
    }
    .detail = Échecs de schéma : { $causes } (à { $paths }). not-an-open-badge : `type` ne contient pas OpenBadgeCredential / AchievementCredential (EndorsementCredential pour les recommandations) ; no-issuer : `issuer` ou son `id` est absent ou n'est pas une URI ; no-subject : pas d'objet `credentialSubject` ; no-achievement : pas d'objet `achievement` (OB 2.0 : pas de `badge`).

badgeclass-unavailable = La description de ce que récompense ce badge n'a pas pu être chargée, ni donc vérifiée. { $reason ->
        [offline] Réessayez une fois connecté à Internet.
       *[other] Réessayez plus tard.
    }
    .detail = { $reason ->
        [absent] L'assertion n'a pas de membre `badge`.
        [not-a-link] Le `badge` de l'assertion n'est ni un objet ni une URL http(s).
        [status] La BadgeClass à l'adresse { $url } n'a pas pu être récupérée : HTTP { $status }.
       *[other] La BadgeClass à l'adresse { $url } n'a pas pu être récupérée ({ $reason }).
    }

issuer-unavailable = Le profil de l'émetteur n'a pas pu être chargé : ce qu'il dit de ce badge n'a pas pu être vérifié. { $reason ->
        [offline] Réessayez une fois connecté à Internet.
       *[other] Réessayez plus tard.
    }
    .detail = { $reason ->
        [absent] La BadgeClass n'a pas de membre `issuer`.
        [not-a-link] L'`issuer` de la BadgeClass n'est ni un objet ni une URL http(s).
        [not-read] Le profil de l'émetteur n'était pas disponible (voir la vérification schema) : le propriétaire de la clé n'a pas pu être confirmé.
        [status] Le profil de l'émetteur à l'adresse { $url } n'a pas pu être récupéré : HTTP { $status }.
       *[other] Le profil de l'émetteur à l'adresse { $url } n'a pas pu être récupéré ({ $reason }).
    }

hosted-fetched = Le site de l'émetteur confirme ce badge.
    .detail = Le serveur de l'émetteur sert cette assertion Open Badges { $version } à l'adresse { $url }. (Une assertion 0.5 n'indique pas sa propre adresse ; c'est l'`origin` de son émetteur qui est vérifiée à la place.)

hosted-id-mismatch = Le site de l'émetteur contient un autre badge à cette adresse : ce badge n'est pas ce qu'il prétend être.
    .detail = Le document servi à l'adresse { $url } a un `{ $property }` différent de cette adresse.

hosted-id-invalid = Ce badge n'indique pas où l'émetteur le publie : l'émetteur ne peut donc pas le confirmer.
    .detail = Une assertion hébergée sans `id` http(s) : aucun serveur de l'émetteur ne peut la confirmer.

hosted-url-unknown = Ce badge, d'un ancien format, ne peut être confirmé qu'à partir de son adresse web. Vérifiez le lien du badge plutôt que son contenu.
    .detail = Une assertion Open Badges 0.5 fournie en JSON n'indique pas sa propre adresse ; elle n'est authentique que si le site de son émetteur (son `origin`) la sert.

hosted-unreachable = Le site de l'émetteur n'a pas pu être joint pour confirmer ce badge. { $reason ->
        [offline] Réessayez une fois connecté à Internet.
       *[other] Réessayez plus tard.
    }
    .detail = C'est un badge hébergé, authentique seulement si le serveur de l'émetteur le sert toujours à l'adresse { $url }, ce qui n'a pas pu être vérifié : { $reason ->
        [offline] le mode hors ligne est activé.
        [timeout] le serveur n'a pas répondu à temps.
        [connection] le serveur n'a pas pu être joint.
        [cors] le navigateur a bloqué la requête car le serveur n'autorise pas les requêtes d'autres sites (CORS).
        [status] le serveur a répondu HTTP { $status }.
        [too-large] la réponse dépassait la taille autorisée.
        [redirects] le serveur a effectué trop de redirections.
        [not-json] la réponse n'est pas du JSON exploitable.
        [too-many-documents] il faudrait plus de documents que `max_fetches` n'en autorise.
       *[other] l'adresse ne peut pas être récupérée.
    }

hosted-origin-ok = Le badge est publié sur le site même de l'émetteur.
    .detail = L'assertion est hébergée sur { $host }, { $policy ->
        [starts-with] dans les préfixes `verification.startsWith` de l'émetteur.
        [allowed-origins] l'une des `verification.allowedOrigins` de l'émetteur.
        [origin] l'`origin` Open Badges 0.5 de l'émetteur.
       *[other] l'hôte de l'id de l'émetteur (aucune règle indiquée : le comportement par défaut d'Open Badges 2.0).
    }

issuer-origin-unknown = Rien ne relie l'adresse web de ce badge d'ancien format à son émetteur.
    .detail = L'émetteur Open Badges 0.5 n'indique pas d'`origin` : rien ne relie l'adresse de l'assertion à l'émetteur.

issuer-not-http = L'émetteur n'est pas identifié par un site web : il n'y a pas de règle de site à vérifier.
    .detail = L'id de l'émetteur "{ $issuer }" n'est pas une URL http(s) : aucune règle de vérification hébergée ne s'applique.

hosted-origin-mismatch = Ce badge est publié sur un site dont l'émetteur ne se porte pas garant : il ne vient peut-être pas de l'émetteur.
    .detail = L'assertion à l'adresse { $url } est hébergée sur { $host }, mais { $policy ->
        [starts-with] le `verification.startsWith` de l'émetteur n'autorise que { $allowed }.
        [allowed-origins] les `verification.allowedOrigins` de l'émetteur n'autorisent que { $allowed }.
        [origin] l'`origin` Open Badges 0.5 de son émetteur est { $allowed }.
       *[other] l'id de l'émetteur est sur { $allowed } (aucune règle indiquée : le comportement par défaut d'Open Badges 2.0).
    }

signature-missing = Ce badge indique qu'il est signé, mais sa signature est absente. Vérifiez l'image du badge ou le fichier signé fourni par l'émetteur.
    .detail = Le `verification.type` de l'assertion est SignedBadge, mais c'est du JSON simple sans son JWS.

proof-missing = Ce badge ne porte aucune signature : n'importe qui aurait pu l'écrire.
    .detail = L'attestation n'a pas de `proof` et n'est pas un VC-JWT.

holder-signed = La signature de la présentation est authentique et a été faite par son détenteur.
    .detail = La preuve { $suite } (objectif `authentication`) se vérifie avec une clé contrôlée par le détenteur { $holder }.

holder-key-mismatch = La présentation a été signée avec la clé de quelqu'un d'autre que son détenteur : elle ne montre pas que le détenteur a présenté ces badges.
    .detail = Le détenteur est { $holder }, mais la présentation a été signée avec la clé { $key }, que le détenteur ne contrôle pas.

holder-key-unproven = La signature de la présentation est authentique, mais rien ne montre que la clé appartient à son détenteur.
    .detail = Le détenteur est { $holder } ; rien ne rattache la clé de signature { $key } à lui.

container-unsigned = { $container ->
        [presentation] Personne n'a signé cette présentation dans son ensemble ; chaque badge qu'elle contient porte sa propre signature, vérifiée ci-dessous.
       *[other] Ce fichier n'est pas signé dans son ensemble (son format n'a pas de signature) ; chaque badge qu'il contient porte la sienne, vérifiée ci-dessous.
    }
    .detail = { $container ->
        [presentation] La Verifiable Presentation n'a pas de `proof` : elle ne montre pas qui l'a présentée.
       *[other] Une `GetOpenBadgeCredentialsResponse` n'a pas de `proof` propre.
    }

expired = Ce badge a expiré le { $date }.
    .detail = `{ $property }` vaut { $dateIso }.

not-yet-valid = Ce badge ne sera valide qu'à partir du { $date }.
    .detail = `{ $property }` vaut { $dateIso }, après le moment de la vérification.

expiry-before-issue = Les dates de ce badge se contredisent : il expire avant d'avoir été délivré.
    .detail = `{ $property }` ({ $dateIso }) est antérieur à `{ $issueProperty }` ({ $issueDateIso }).

date-invalid = Une des dates de ce badge est illisible : sa période de validité ne peut pas être entièrement vérifiée.
    .detail = `{ $property }` vaut { $text }, qui n'est pas une date.

key-owner-mismatch = D'après ses propres informations, la clé qui a signé ce badge appartient à quelqu'un d'autre que l'émetteur.
    .detail = La clé { $key } désigne "{ $owner }" comme `owner`, et non l'émetteur { $issuer }.

key-not-listed = L'émetteur ne compte pas la clé qui a signé ce badge parmi les siennes.
    .detail = L'émetteur { $issuer } ne liste pas la clé { $key } dans son `publicKey`.

key-origin-mismatch = La clé qui a signé ce badge est publiée sur un autre site que celui de l'émetteur.
    .detail = La clé est publiée sur { $host }, mais l'émetteur { $issuer } est sur { $issuerHost }.

jwk-kid-mismatch = Le badge désigne deux clés différentes pour sa signature : on ne peut pas s'y fier.
    .detail = L'en-tête `jwk` et la clé désignée par `kid` ({ $key }) sont des clés différentes.

not-applicable-hosted = Ce badge est confirmé par le site de l'émetteur, et non par une clé de signature.

no-status = Le badge n'indique pas où vérifier s'il a été révoqué.
    .detail = Pas de `credentialStatus` (OB 3.0) ni de `revocationList` (émetteur OB 2.0).

status-invalid = L'entrée de révocation du badge est défectueuse : la révocation n'a pas pu être vérifiée.
    .detail = L'entrée 1EdTechRevocationList n'a pas d'`id`.

status-type-unsupported = Ce type de vérification de révocation n'est pas pris en charge : la révocation n'a pas pu être vérifiée.
    .detail = Le type d'entrée de statut "{ $type }" n'est pas pris en charge.

key-unavailable = La clé qui a signé ce badge est introuvable : sa signature n'a pas pu être vérifiée. { $reason ->
        [offline] Réessayez une fois connecté à Internet.
        [none-listed] Demandez à l'émetteur un badge qui indique sa clé.
        [none-named] Demandez à l'émetteur un badge qui indique sa clé.
       *[other] Réessayez plus tard.
    }
    .detail = { $reason ->
        [none-listed] L'assertion ne désigne aucune clé de signature (`verification.creator`, `verify.url` en 1.x) et l'émetteur n'en liste aucune (`publicKey`).
        [issuer-not-read] L'assertion ne désigne aucune clé de signature (`verification.creator`, `verify.url` en 1.x) et le profil de l'émetteur n'a pas pu être lu.
        [none-named] Le JWT ne désigne aucune clé (pas d'en-tête `kid` ni `jwk`) et l'émetteur n'est pas un did:key ni un did:jwk.
        [not-found] Le JWT désigne sa clé comme "{ $key }", qui est introuvable.
        [status] La clé de signature à l'adresse { $key } n'a pas pu être récupérée : HTTP { $status }.
       *[other] La clé de signature à l'adresse { $key } n'a pas pu être récupérée ({ $reason }).
    }

jwt-claims-mismatch = Le jeton signé et le badge qu'il contient désignent des personnes ou des émetteurs différents : on ne sait pas clairement qui a délivré ce badge, ni à qui.
    .detail = Les claims du JWT ({ $claims }) désignent une autre partie que l'`issuer` / le `credentialSubject.id` de l'attestation.

jws-alg-unlisted = Ce badge est signé avec une méthode que sa version d'Open Badges ne prévoit pas. Cette méthode est tout aussi sûre, et la signature a été vérifiée quand même.
    .detail = Signé avec { $algorithm } ; les assertions signées d'Open Badges 2.0 prévoient { $allowed }.

jwt-claim-differs = Le jeton signé écrit un détail de ce badge un peu différemment du badge lui-même. Les deux ont été vérifiés.
    .detail = La claim du JWT vaut { $text } mais l'attestation indique { $stated }.

credential-refreshed = Ce badge a été remplacé par la copie à jour publiée par son émetteur, et c'est cette copie qui a été vérifiée.
    .detail = Le service `1EdTechCredentialRefresh` de l'attestation à l'adresse { $url } a fourni une copie récente qui est valide ; ce rapport porte sur cette copie.

refresh-not-used = La copie à jour vers laquelle pointe ce badge n'a pas pu être utilisée : le badge a été vérifié tel quel.
    .detail = { $reason ->
        [not-valid] La copie fournie par le service `1EdTechCredentialRefresh` à l'adresse { $url } n'est pas valide.
        [status] Le service `1EdTechCredentialRefresh` à l'adresse { $url } a répondu HTTP { $status }.
       *[other] Le service `1EdTechCredentialRefresh` à l'adresse { $url } n'a pas pu être joint ({ $reason }).
    }

presentation-challenge = La présentation a été signée pour une demande précise ; ce vérificateur ne peut pas savoir si elle est montrée une nouvelle fois.
    .detail = La preuve indique le challenge "{ $challenge }" et le domaine "{ $domain }". Ils sont affichés, pas vérifiés : ce vérificateur n'a pas demandé de challenge au détenteur, donc une présentation rejouée n'est pas détectée.

date-lenient = Une date de ce badge est écrite dans un format ancien ; elle a été interprétée comme le { $date }.
    .detail = `{ $property }` n'est pas une date-heure RFC 3339 avec fuseau horaire ; elle a été lue comme { $dateIso } (UTC supposé).

missing-member = Une partie de la description du badge exigée par la norme est absente. Cela n'affaiblit pas ce que prouve le badge.
    .detail = `{ $property }` est obligatoire{ $expected ->
        [string] {" "}et doit être une chaîne.
        [boolean] {" "}et doit valoir true ou false.
        [object] {" "}et doit être un objet.
       *[other] .
    }

missing-type = Une partie du badge n'indique pas son type comme le demande la norme. Cela n'affaiblit pas ce que prouve le badge.
    .detail = `type` devrait contenir { $expectedType }.

not-a-uri = Une référence du badge n'est pas écrite sous forme d'adresse web ou d'identifiant. Cela n'affaiblit pas ce que prouve le badge.
    .detail = La valeur doit être une URI, ou un objet Profile avec un `id`.

nonstandard-context = Le badge ne nomme pas le vocabulaire standard exactement comme le demande la norme. Cela n'affaiblit pas ce que prouve le badge.
    .detail = { $expected ->
        [vc-first] `@context` devrait commencer par https://www.w3.org/ns/credentials/v2 (ou https://www.w3.org/2018/credentials/v1 pour VC 1.1).
        [ob3] `@context` devrait contenir un contexte Open Badges 3.0 (https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.x.json).
       *[other] `@context` devrait être ou contenir le contexte Open Badges 2.0 (https://w3id.org/openbadges/v2).
    }

no-recipient-identifier = Le badge n'indique pas à qui il a été délivré.
    .detail = Pas de `credentialSubject.id` ni d'`identifier` (OB 3.0 ; autorisé par son schéma), ou pas de `recipient` (OB 2.0).

image-data-uri = L'image du badge est stockée dans le badge lui-même plutôt qu'à l'adresse de l'émetteur. Cela n'affaiblit pas ce que prouve le badge.
    .detail = L'`image` de l'assertion devrait être l'URL de l'image intégrée, et non une URI data:.

legacy-version = Ce badge suit une ancienne version de la norme Open Badges (version { $version }) ; il a été lu comme un badge actuel.
    .detail = Assertion Open Badges { $version }, lue comme son équivalent Open Badges 2.0, à la manière du validateur de 1EdTech.

## Codes : signatures et clés (`proof`, `issuer-key`)

signature-valid = La signature est authentique : le badge n'a pas été modifié depuis sa signature.
    .detail = La signature { $suite } est valide.

signature-invalid = La signature ne correspond pas à ce badge : il a été modifié après sa signature, ou quelqu'un d'autre que le propriétaire de la clé l'a signé. Ne vous fiez pas à ce badge.
    .detail = { $reason ->
        [wrong-length] La signature { $algorithm } n'a pas la bonne longueur.
        [es256-der] La signature { $algorithm } est encodée en DER ; les signatures ECDSA sont le r‖s brut (64 octets en ES256, 96 en ES384 ; RFC 7518 §3.4).
        [es256-out-of-range] Le r ou le s de la signature { $algorithm } est nul ou hors limites.
        [small-order-key] La signature { $algorithm } n'est pas valide : la clé publique Ed25519 est un point d'ordre faible, qui peut correspondre à n'importe quel message, et elle est refusée.
        [sd-statement-count] Les énoncés divulgués ne correspondent pas à la preuve à divulgation sélective : elle contient une signature par énoncé non obligatoire, et leurs nombres diffèrent (un énoncé a été ajouté ou retiré).
        [sd-label-map] Le document divulgué contient un nœud anonyme que la table d'étiquettes de la preuve à divulgation sélective ne nomme pas (le document a été modifié).
        [sd-mandatory-index] Un index d'énoncé obligatoire de la preuve à divulgation sélective dépasse le dernier énoncé divulgué (des énoncés ont été retirés).
       *[other] La signature { $algorithm } n'est pas valide avec la clé : les octets signés ont été modifiés ou une autre clé a produit la signature.
    }

proof-value-invalid = La signature de ce badge est endommagée : elle ne peut pas être vérifiée. Demandez à l'émetteur une nouvelle copie du badge.
    .detail = { $reason ->
        [missing] La preuve n'a pas de chaîne `proofValue`.
        [not-multibase] `proofValue` n'est pas du multibase valide.
        [wrong-length] `proofValue` ne se décode pas en une signature de 64 octets (Ed25519, ou `r ‖ s` P-256).
        [sd-not-base64url] Un `proofValue` `ecdsa-sd-2023` doit être en multibase base64url (préfixe `u`).
        [sd-header] Le `proofValue` `ecdsa-sd-2023` ne commence ni par l'en-tête de preuve de base (0xd9 0x5d 0x00) ni par celui de preuve dérivée (0xd9 0x5d 0x01).
        [sd-structure] Le `proofValue` dérivé `ecdsa-sd-2023` n'est pas le tableau CBOR [signature de base (64 octets), clé publique, signatures (64 octets chacune), table d'étiquettes (entier → octets, chaque clé une fois), index obligatoires].
        [cbor-truncated] Le CBOR du `proofValue` `ecdsa-sd-2023` s'arrête au milieu d'un élément.
        [cbor-wrong-type] Le CBOR du `proofValue` `ecdsa-sd-2023` contient un élément du mauvais type (seuls les entiers non signés, chaînes d'octets, tableaux et tables sont utilisés).
        [cbor-indefinite] Le CBOR du `proofValue` `ecdsa-sd-2023` utilise une longueur indéfinie.
        [cbor-reserved] Le CBOR du `proofValue` `ecdsa-sd-2023` utilise un encodage réservé (information additionnelle 28–30).
        [cbor-too-long] Le CBOR du `proofValue` `ecdsa-sd-2023` annonce une longueur ou un nombre d'éléments supérieur aux données.
        [cbor-trailing] Le `proofValue` `ecdsa-sd-2023` contient des octets après son tableau CBOR.
       *[other] `proofValue` n'est pas une signature de 64 octets en multibase (Ed25519, ou `r ‖ s` P-256).
    }

proof-purpose-mismatch = Cette signature n'a pas été faite pour délivrer des badges : elle ne montre pas que l'émetteur a délivré celui-ci.
    .detail = L'objectif de la preuve est "{ $text }" ; { $expected ->
        [authentication] la signature d'un détenteur sur une présentation doit utiliser `authentication`.
       *[other] la signature d'un émetteur doit utiliser `assertionMethod`.
    }

proof-expired = La signature de ce badge a expiré le { $date } : elle ne peut plus garantir le badge. Demandez à l'émetteur une copie nouvellement signée.
    .detail = L'`expires` de la preuve ({ $dateIso }) est dépassé.

proof-context-mismatch = La signature ne couvre pas ce badge tel qu'il est écrit : elle ne peut pas être vérifiée.
    .detail = eddsa-jcs-2022 : le `@context` de la preuve n'est pas le début du `@context` de l'attestation.

sd-base-proof = Ceci est l'exemplaire original d'un badge à divulgation sélective, remis par l'émetteur au titulaire du badge : ce n'est pas un exemplaire qui peut être vérifié. Demandez au titulaire de partager le badge depuis son portefeuille, ce qui crée un exemplaire vérifiable.
    .detail = Le `proofValue` `ecdsa-sd-2023` porte l'en-tête de preuve de base (0xd9 0x5d 0x00). Une preuve de base va de l'émetteur au titulaire, qui en dérive une preuve (en-tête 0xd9 0x5d 0x01) révélant les énoncés de son choix ; seule une preuve dérivée peut être vérifiée, car la preuve de base exige la clé HMAC de l'émetteur. Il ne s'agit pas d'une signature invalide.

verification-method-invalid = Le badge n'indique pas correctement quelle clé l'a signé : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [not-https] La méthode de vérification { $key } doit être une URL https.
        [not-did-or-https] La méthode de vérification { $key } n'est ni une URL DID ni une URL https.
        [fragment-key-invalid] La clé dans le fragment de { $key } n'est pas une Multikey valide.
        [missing] La preuve n'a pas de `verificationMethod`.
        [embedded-no-key] La méthode de vérification intégrée n'a pas de clé publique (`publicKeyMultibase` ou `publicKeyJwk`).
       *[other] La méthode de vérification { $key } est mal formée.
    }

jws-malformed = Les données du badge sont endommagées ou incomplètes : elles ne peuvent pas être lues. Téléchargez de nouveau le badge depuis le site où il a été délivré.
    .detail = { $reason ->
        [segment-count] Un JWS compact a exactement trois segments séparés par des `.`.
        [detached-payload] Le segment de charge utile est vide (un JWS à charge utile détachée) ; le JWS d'un badge contient sa charge utile.
        [header-not-base64url] Le segment d'en-tête n'est pas du base64url sans remplissage (JWS interdit le remplissage `=` et l'alphabet `+`/`/`).
        [payload-not-base64url] Le segment de charge utile n'est pas du base64url sans remplissage (JWS interdit le remplissage `=` et l'alphabet `+`/`/`).
        [signature-not-base64url] Le segment de signature n'est pas du base64url sans remplissage (JWS interdit le remplissage `=` et l'alphabet `+`/`/`).
       *[other] Le JWS compact est mal formé.
    }

jws-header-invalid = Les informations de signature du badge sont endommagées : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [not-object] L'en-tête JWS n'est pas un objet JSON.
        [not-json] L'en-tête JWS n'est pas du JSON valide (UTF-8, sans membres en double).
        [alg-not-string] L'`alg` de l'en-tête JWS n'est pas une chaîne.
        [b64-not-boolean] Le `b64` de l'en-tête JWS n'est pas un booléen.
        [crit-not-array] Le `crit` de l'en-tête JWS n'est pas un tableau non vide.
        [crit-entry-not-string] Une entrée du `crit` de l'en-tête JWS n'est pas une chaîne.
        [jwk-not-object] Le `jwk` de l'en-tête JWS n'est pas un objet JSON.
       *[other] L'en-tête JWS est invalide.
    }

jws-alg-none = Ce badge n'est pas signé du tout : n'importe qui aurait pu l'écrire. Ne vous y fiez pas.
    .detail = { $reason ->
        [missing] L'en-tête JWS n'a pas d'`alg` ; un JWS non signé ne prouve rien.
       *[other] L'en-tête JWS indique `alg: none` : le jeton n'est pas signé.
    }

jws-alg-hmac = Ce badge utilise un type de signature que n'importe qui pourrait falsifier : il ne prouve rien. Ne vous y fiez pas.
    .detail = Le JWS utilise `{ $algorithm }`, un algorithme HMAC (à secret partagé). Les badges sont signés avec des algorithmes à clé publique ; accepter HMAC permettrait à n'importe qui de falsifier un badge en utilisant la clé publique publiée de l'émetteur comme secret HMAC.

jws-alg-not-allowed = Ce badge est signé d'une manière que ce type de badge n'autorise pas : on ne peut pas se fier à la signature.
    .detail = L'algorithme JWS `{ $algorithm }` n'est pas accepté pour ce format (acceptés : { $allowed }).

jws-alg-unsupported = Ce badge utilise une méthode de signature que ce vérificateur ne sait pas encore vérifier : sa signature n'est donc pas confirmée. Cela ne veut pas dire qu'il est falsifié : faites-le vérifier par son émetteur ou par un autre vérificateur.
    .detail = L'algorithme JWS `{ $algorithm }` est un algorithme à clé publique enregistré que ce vérificateur n'implémente pas (il vérifie RS256, PS256, ES256, ES384 et EdDSA avec Ed25519).

jws-crit-unsupported = La signature de ce badge repose sur une fonctionnalité que ce vérificateur ne prend pas en charge : elle ne peut pas être vérifiée.
    .detail = Le JWS marque l'extension d'en-tête `{ $extension }` comme critique et ce vérificateur ne l'implémente pas : il doit donc rejeter le JWS (RFC 7515 §4.1.11).

jws-b64-unsupported = La signature de ce badge est dans un format que ce vérificateur ne prend pas en charge : elle ne peut pas être vérifiée.
    .detail = L'en-tête JWS contient `b64: false` (une charge utile non encodée, RFC 7797), que les badges n'utilisent pas et que ce vérificateur n'implémente pas.

jwk-private-key = L'émetteur a publié sa clé de signature secrète : n'importe qui aurait pu signer ce badge. Ne vous y fiez pas et signalez-le à l'émetteur.
    .detail = La JWK contient le membre de clé privée `{ $member }` : une clé publiée ne doit être que publique.

jwk-symmetric = La clé utilisée pour ce badge est un secret partagé, qui ne prouve rien sur l'auteur de la signature. Ne vous y fiez pas.
    .detail = La JWK est une clé secrète symétrique (`kty: oct`) ; seules les clés publiques sont acceptées.

jwk-invalid = La clé de l'émetteur est mal formée : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [not-object] Une JWK doit être un objet JSON.
        [missing] La JWK n'a pas de membre `{ $member }`.
        [not-string] Le membre `{ $member }` de la JWK doit être une chaîne.
        [not-base64url] Le membre `{ $member }` de la JWK n'est pas du base64url sans remplissage.
        [wrong-length] Le membre `{ $member }` de la JWK ne se décode pas au bon nombre d'octets.
        [not-on-curve] La clé publique de la JWK (`{ $member }`) n'est pas un point valide de la courbe.
       *[other] La JWK est mal formée.
    }

jwk-alg-mismatch = La clé de l'émetteur a été publiée pour un autre type de signature que celui de ce badge : elle ne garantit pas ce badge.
    .detail = La clé est publiée pour { $keyAlgorithm } uniquement, mais le jeton est signé avec { $algorithm } (RFC 7517 §4.4).

key-alg-mismatch = La clé ne correspond pas à ce type de signature : la signature ne peut pas être authentique.
    .detail = La signature annonce l'algorithme { $algorithm } mais la clé est de type { $keyType } ; une clé ne s'utilise jamais qu'avec son propre algorithme.

key-unsupported = La clé de l'émetteur est d'un type que ce vérificateur ne sait pas encore vérifier : la signature n'est donc pas confirmée. Cela ne veut pas dire que le badge est falsifié : faites-le vérifier par son émetteur ou par un autre vérificateur.
    .detail = { $reason ->
        [okp-curve] La courbe OKP `{ $text }` n'est pas prise en charge.
        [ec-curve] La courbe EC `{ $text }` n'est pas prise en charge.
        [jwk-kty] Le type de clé JWK `{ $text }` n'est pas pris en charge.
        [multikey-codec] La Multikey est une clé { $text }, que ce vérificateur n'implémente pas.
        [pem-label] Le bloc PEM `{ $text }` n'est pas pris en charge (`PUBLIC KEY` ou `RSA PUBLIC KEY` attendu).
        [spki-algorithm] L'algorithme de clé publique d'OID { $text } n'est pas pris en charge.
        [rsa-too-large] Un module RSA de { $text } bits dépasse ce que ce vérificateur accepte.
       *[other] La clé { $text } n'est pas prise en charge.
    } Les clés prises en charge sont Ed25519, P-256, P-384 et RSA.

key-invalid = La clé de l'émetteur est endommagée ou mal formée : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [wrong-length] La clé publique Ed25519 ne fait pas 32 octets.
        [not-on-curve] La clé publique n'est pas un point valide de la courbe.
        [too-long] Le texte de la clé est plus long que ce dont toute clé prise en charge a besoin.
        [not-base58] Le texte de la clé n'est pas du base58btc valide.
        [rsa-modulus-even] La clé publique RSA est invalide : son module est pair ou nul (un module RSA est un produit de nombres premiers impairs).
        [rsa-modulus-too-small] La clé publique RSA est invalide : son module n'est pas supérieur à l'exposant public.
        [rsa-exponent-even] La clé publique RSA est invalide : son exposant public est pair.
        [rsa-exponent-too-small] La clé publique RSA est invalide : son exposant public est inférieur à 3.
        [rsa-exponent-too-large] La clé publique RSA est invalide : son exposant public est supérieur à 2^33 − 1.
       *[other] Les octets de la clé ne forment pas une clé valide.
    }

rsa-key-too-small = La clé de l'émetteur est trop faible pour qu'on s'y fie : quelqu'un d'autre aurait pu produire cette signature.
    .detail = Le module de la clé RSA fait { $bits ->
        [one] { $bits } bit
       *[other] { $bits } bits
    } ; les clés de moins de 2048 bits peuvent être factorisées et ne sont pas acceptées (RFC 7518 §3.3).

rsa-key-weak = La clé de l'émetteur a été créée par un générateur de clés défectueux : n'importe qui aurait pu produire cette signature. Ne vous y fiez pas et signalez-le à l'émetteur.
    .detail = La clé RSA présente la structure ROCA (CVE-2017-15361 : puces Infineon, 2012-2017) : sa clé privée peut être calculée à partir de la clé publique.

multikey-invalid = La clé de l'émetteur est mal formée ou d'un type qui ne peut pas signer : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [not-base58btc] Une Multikey doit être en multibase base58btc (commençant par `z`).
        [too-long] Le texte de la Multikey est plus long que ce dont toute clé prise en charge a besoin.
        [not-base58] La Multikey n'est pas du base58btc valide.
        [no-codec] La Multikey n'a pas de préfixe multicodec valide.
        [wrong-length] La Multikey contient un nombre d'octets de clé incorrect pour son multicodec.
        [codec-x25519] La Multikey est x25519-pub (0xec), une clé d'accord de clés, pas une clé de signature.
        [codec-private-key] La Multikey est une clé PRIVÉE (ed25519-priv ou p256-priv), qui ne doit jamais être publiée.
       *[other] Le multicodec de la Multikey est inconnu.
    } Seuls ed25519-pub (0xed, `z6Mk…`), p256-pub (0x1200, `zDn…`) et p384-pub (0x1201, `z82…`) sont acceptés.

pem-invalid = La clé de l'émetteur est mal formée : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [too-long] Le texte PEM est plus long que ce dont toute clé publique a besoin.
        [no-begin] Le texte ne commence pas par `-----BEGIN `.
        [begin-unterminated] La ligne PEM BEGIN n'est pas terminée par `-----`.
        [no-end] Le texte PEM ne se termine pas par la ligne END correspondante.
        [headers] Le corps PEM contient des en-têtes ou un second bloc ; un seul bloc de clé simple était attendu.
        [not-base64] Le corps PEM n'est pas du base64 valide.
        [spki-der] La SubjectPublicKeyInfo ne s'analyse pas (DER strict).
        [spki-unused-bits] La chaîne de bits de clé de la SubjectPublicKeyInfo a des bits inutilisés.
        [pkcs1-der] La RSAPublicKey PKCS#1 ne s'analyse pas (DER strict).
        [rsa-parameters] La SubjectPublicKeyInfo rsaEncryption a des paramètres autres que NULL (RFC 3279 §2.3.1).
        [ed25519-parameters] La SubjectPublicKeyInfo Ed25519 a des paramètres, ce que la RFC 8410 §3 interdit.
        [ec-no-curve] La clé EC n'indique pas sa courbe.
       *[other] Le texte n'est pas une clé publique PEM.
    }

pem-private-key = L'émetteur a publié sa clé de signature secrète : n'importe qui aurait pu signer ce badge. Ne vous y fiez pas et signalez-le à l'émetteur.
    .detail = Le bloc PEM est une `{ $text }` : une clé publiée ne doit être que publique.

did-invalid = Le badge désigne sa clé de signature sous une forme illisible : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [too-long] L'URL DID dépasse les 8192 octets acceptés.
       *[other] Le texte n'est pas un DID (`did:<method>:<id>` attendu, méthode en lettres minuscules et chiffres).
    }

did-key-invalid = Le badge désigne sa clé de signature sous une forme illisible : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [path-or-query] Le did:key a un chemin, une requête ou un segment de version ; un did:key est de la forme `did:key:<multibase key>` avec un fragment `#<same key>` facultatif.
        [wrong-fragment] Le fragment du did:key ne répète pas la clé ; la seule méthode de vérification d'un did:key est `did:key:<key>#<key>`.
       *[other] Le did:key est mal formé.
    }

did-jwk-invalid = Le badge désigne sa clé de signature sous une forme illisible : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [path-or-query] Le did:jwk a un chemin ou une requête ; un did:jwk est de la forme `did:jwk:<base64url JWK>` avec un fragment `#0` facultatif.
        [wrong-fragment] Le fragment du did:jwk n'est pas `#0`, sa seule méthode de vérification.
        [not-base64url] L'identifiant du did:jwk n'est pas du base64url sans remplissage.
        [not-json] L'identifiant du did:jwk n'est pas une JWK JSON.
        [encryption-key] La clé du did:jwk est marquée `use: enc` : c'est une clé d'accord de clés, qui ne peut pas faire d'assertions.
       *[other] Le did:jwk est mal formé.
    }

did-web-invalid = Le badge désigne sa clé de signature à une adresse web inutilisable : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [not-did-web] Le texte ne commence pas par `did:web:`.
        [port] Le port du did:web n'est pas un nombre de 1 à 65535.
        [host-empty] L'hôte du did:web est vide.
        [host-too-long] L'hôte du did:web dépasse 253 caractères.
        [host-not-domain] L'hôte du did:web n'est pas un nom de domaine (lettres, chiffres, `-` et `.` uniquement ; un port doit s'écrire `%3A`).
        [host-ip] L'hôte du did:web est une adresse IP ; la méthode did:web n'autorise que les noms de domaine.
        [segment-empty] Un segment de chemin du did:web est vide ou est un pas relatif (`.`/`..`).
        [segment-escape] Un segment de chemin du did:web contient un `%` qui n'est pas suivi de deux chiffres hexadécimaux.
        [segment-char] Un segment de chemin du did:web contient un caractère qu'un DID ne peut pas contenir.
       *[other] Le did:web est inutilisable.
    }

did-document-invalid = Le document de clés de l'émetteur est inutilisable : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [not-object] Le document DID ou de contrôleur n'est pas un objet JSON.
        [defined-twice] Le document { $url } définit la méthode de vérification plusieurs fois, de façons différentes ; on ne sait pas quelle clé est visée.
       *[other] Le document DID ou de contrôleur { $url } est inutilisable.
    }

did-document-mismatch = Le document de clés trouvé décrit quelqu'un d'autre : il ne peut pas garantir ce badge.
    .detail = Le document récupéré pour { $url } a pour `id` "{ $text }" ; un document qui décrit un autre identifiant ne peut pas garantir celui-ci.

key-not-found = Le document de clés de l'émetteur ne contient pas la clé qui a signé ce badge : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [listed-not-defined] Le document { $url } liste { $key } mais ne la définit pas ; les méthodes définies dans d'autres documents ne sont pas suivies.
       *[other] Le document { $url } ne définit pas la méthode de vérification { $key }.
    }

key-not-authorized = La clé qui a signé ce badge existe, mais son propriétaire ne l'a pas autorisée à signer des badges.
    .detail = { $reason ->
        [other-relationship] La méthode de vérification { $key } n'est listée dans { $url } que sous d'autres relations, pas sous `{ $property }`.
       *[other] La méthode de vérification { $key } n'est listée sous aucune relation de vérification dans { $url }, donc pas sous `{ $property }`.
    }

vm-invalid = L'entrée de clé de l'émetteur est mal formée : la signature ne peut pas être vérifiée.
    .detail = { $reason ->
        [controller-not-string] La méthode de vérification { $key } a un `controller` qui n'est pas une chaîne.
        [no-controller] La méthode de vérification { $key } n'a pas de `controller` : rien n'indique à qui appartient la clé.
        [no-key-material] La méthode de vérification { $key } n'a ni `publicKeyMultibase`, ni `publicKeyJwk`, ni `publicKeyBase58`.
        [several-key-materials] La méthode de vérification { $key } a plusieurs représentations de clé.
        [type-member-mismatch] La méthode de vérification { $key } porte sa clé dans un autre membre que celui qu'exige son `type`.
        [not-string] La méthode de vérification { $key } a un membre de clé qui n'est pas une chaîne.
        [encryption-key] La méthode de vérification { $key } a une JWK marquée comme clé de chiffrement (`use: enc`, ou `key_ops` ne nommant que des opérations de chiffrement), qui ne peut pas signer.
        [type-key-mismatch] La méthode de vérification { $key } est de type Ed25519VerificationKey mais contient un autre type de clé.
       *[other] La méthode de vérification { $key } est mal formée.
    }

vm-private-key = L'émetteur a publié sa clé de signature secrète : n'importe qui aurait pu signer ce badge. Ne vous y fiez pas et signalez-le à l'émetteur.
    .detail = La méthode de vérification { $key } publie des éléments de clé privée (`{ $member }`).

vm-key-mismatch = Les documents de l'émetteur ne s'accordent pas sur cette clé : on ne peut pas s'y fier.
    .detail = Le document de contrôleur { $url } définit { $key } avec une clé différente de celle que publie son propre document.

unsupported-cryptosuite = Ce badge est signé avec une méthode que ce vérificateur ne prend pas en charge : sa signature n'a pas pu être vérifiée.
    .detail = Le type de preuve "{ $suite }" n'est pas pris en charge.

key-unresolved = La clé de l'émetteur n'a pas pu être obtenue : la signature n'a pas pu être vérifiée. Réessayez plus tard, ou une fois connecté à Internet.
    .detail = { $reason ->
        [did-method] La clé { $key } utilise une méthode DID que ce vérificateur ne prend pas en charge.
        [pending] La clé { $key } était encore en cours de récupération.
        [offline] La clé { $key } n'a pas été récupérée depuis { $url } : le mode hors ligne est activé.
        [timeout] La clé { $key } n'a pas pu être récupérée depuis { $url } : le serveur n'a pas répondu à temps.
        [connection] La clé { $key } n'a pas pu être récupérée depuis { $url } : le serveur n'a pas pu être joint.
        [cors] La clé { $key } n'a pas pu être récupérée depuis { $url } : le navigateur a bloqué la requête (CORS).
        [status] La clé { $key } n'a pas pu être récupérée depuis { $url } : le serveur a répondu HTTP { $status }.
        [too-large] La clé { $key } n'a pas pu être récupérée depuis { $url } : la réponse dépassait la taille autorisée.
        [redirects] La clé { $key } n'a pas pu être récupérée depuis { $url } : trop de redirections.
        [redirected-off-site] La clé { $key } n'a pas pu être utilisée : { $url } a redirigé vers un autre site.
        [not-json] Le document à l'adresse { $url } pour la clé { $key } n'est pas du JSON exploitable.
        [too-many-documents] La clé { $key } n'a pas été récupérée depuis { $url } : il faudrait plus de documents que `max_fetches` n'en autorise.
       *[other] La clé { $key } n'a pas pu être récupérée depuis { $url }.
    }

key-not-bound = La signature est authentique, mais rien ne montre que la clé appartient à l'émetteur indiqué dans le badge.
    .detail = { $reason ->
        [other-controller] La clé appartient à { $key }, et rien ne montre que cette clé parle au nom de l'émetteur.
        [not-on-issuer-site] La clé à l'adresse { $key } n'est pas sur le site de l'émetteur.
        [no-web-origin] La clé provient du jeton lui-même, et l'émetteur n'a pas d'origine web où publier ses clés.
        [jwks-unavailable] L'ensemble de clés de l'émetteur à l'adresse { $key } n'a pas pu être récupéré : rien ne montre que la clé est celle de l'émetteur.
        [controller-unavailable] Le document de contrôleur { $key } n'a pas pu être récupéré.
        [embedded] La clé est intégrée à la preuve elle-même (contrôleur { $key }) ; rien de la part de l'émetteur ne la confirme.
        [fragment-unresolvable] La clé est écrite dans l'adresse { $key }, qui ne peut pas être consultée : rien venant de l'émetteur ne la confirme.
       *[other] Rien ne relie la clé { $key } à l'émetteur.
    }

key-not-issuer = Ce badge a été signé avec la clé de quelqu'un d'autre que l'émetteur. Ne vous y fiez pas.
    .detail = L'attestation annonce l'émetteur { $issuer }, mais elle a été signée avec la clé { $key }, qui n'est pas celle de l'émetteur.

jwks-invalid = La liste de clés publiée par l'émetteur est mal formée : elle ne peut pas confirmer la clé.
    .detail = Le JWK Set n'est pas un objet JSON avec un tableau `keys` (RFC 7517 §5).

jwks-kid-ambiguous = La liste de clés publiée par l'émetteur donne le même nom à plusieurs clés différentes : elle ne peut pas confirmer laquelle a signé ce badge.
    .detail = Plusieurs entrées de l'ensemble de clés de l'émetteur ont le `kid` "{ $kid }" avec des clés différentes.

jwks-key-mismatch = La clé qui a signé ce badge n'est pas celle que l'émetteur publie sous ce nom. Ne vous y fiez pas.
    .detail = L'ensemble de clés de l'émetteur associe le `kid` "{ $kid }" à une autre clé que celle que porte le jeton.

jwks-iss-mismatch = La clé publiée par l'émetteur est indiquée comme appartenant à quelqu'un d'autre : elle ne garantit pas ce badge.
    .detail = La clé correspondante dans l'ensemble de clés de l'émetteur a l'`iss` "{ $text }", mais l'émetteur est { $issuer }.

jwks-key-use = La clé publiée par l'émetteur est destinée au chiffrement, pas à la signature : elle ne garantit pas ce badge.
    .detail = La clé correspondante dans l'ensemble de clés de l'émetteur est une clé de chiffrement (`use: enc`, ou `key_ops` ne nommant que des opérations de chiffrement).

key-bound = La clé qui a signé ce badge appartient à l'émetteur.
    .detail = La clé appartient de façon prouvée à l'émetteur : c'est le DID même de l'émetteur, ou elle est listée dans son document DID, son document de contrôleur ou son ensemble de clés, ou publiée par l'émetteur comme la sienne.

key-from-fragment = La signature est authentique, mais l'émetteur n'a pas confirmé que la clé lui appartient.
    .detail = La clé a été lue dans le fragment de l'URL de la méthode de vérification, et le document à cette URL ne la confirme pas.

## Codes : révocation, chaîne de vérification, badges hébergés (`revocation`, `recipient`, toute vérification)

in-period = Le badge est dans sa période de validité.
    .detail = { $dates ->
        [issue-and-expiry] L'heure actuelle est comprise entre la date de délivrance et la date d'expiration.
        [issue] L'heure actuelle est postérieure à la date de délivrance ; le badge n'indique pas de date d'expiration.
        [expiry] L'heure actuelle est antérieure à la date d'expiration ; le badge n'indique pas de date de délivrance.
       *[other] Le badge n'indique aucune date.
    } Les dates figurent dans les champs `issued` et `expires` du rapport.

not-revoked = { $purpose ->
        [suspension] L'émetteur n'a pas suspendu ce badge.
        [revocation] L'émetteur n'a pas révoqué ce badge.
       *[other] L'émetteur n'a pas signalé ce badge.
    }
    .detail = { $source ->
        [status-list] L'entrée `{ $purpose }` de l'attestation dans la liste de statuts à l'adresse { $url } n'est pas activée.
        [hosted] Le serveur de l'émetteur sert toujours l'assertion à l'adresse { $url } et ne la marque pas comme révoquée.
       *[other] L'attestation ne figure pas dans la liste de révocation de l'émetteur à l'adresse { $url }.
    }

status-set = L'émetteur a placé sur ce badge une indication qui ne change rien à sa validité.
    .detail = La valeur de statut `{ $purpose }` de l'attestation est { $value }.

revoked = L'émetteur a révoqué ce badge : il ne faut plus s'y fier.
    .detail = { $source ->
        [status-list] L'entrée `revocation` de l'attestation dans la liste de statuts à l'adresse { $url } est activée.
        [hosted] Le serveur de l'émetteur à l'adresse { $url } marque l'assertion comme révoquée (`revoked: true` ou HTTP 410 Gone).
       *[other] La liste de révocation de l'émetteur à l'adresse { $url } contient ce badge.
    } Motif donné par l'émetteur, le cas échéant : « { $revocationReason } »

suspended = L'émetteur a suspendu ce badge pour le moment : il ne faut pas s'y fier tant qu'il est suspendu.
    .detail = L'entrée `suspension` de l'attestation (index { $index }) dans la liste de statuts à l'adresse { $url } est activée.

status-index-out-of-range = Impossible de vérifier si l'émetteur a révoqué ce badge : le badge renvoie au-delà de la fin de la liste de l'émetteur.
    .detail = L'index de statut { $index } est en dehors de la liste de statuts, qui contient { $entries ->
        [one] { $entries } entrée
       *[other] { $entries } entrées
    } de la taille `statusSize` de l'entrée.

status-entry-invalid = Les informations de révocation du badge sont mal formées : impossible de vérifier s'il a été révoqué. Demandez à l'émetteur un badge corrigé.
    .detail = { $reason ->
        [wrong-type] Le `type` de l'entrée de statut n'est ni `BitstringStatusListEntry` ni `StatusList2021Entry`.
        [missing] L'entrée de statut n'a pas de `{ $property }`.
        [not-an-index] Le `{ $property }` de l'entrée de statut n'est pas un entier en base 10 de 0 à 18446744073709551615.
        [not-http] Le `{ $property }` de l'entrée de statut n'est pas une URL http(s).
        [id-is-list-url] Le `{ $property }` de l'entrée de statut est égal à son `statusListCredential` ; l'id de l'entrée ne doit pas être l'URL de la liste.
        [size-unsupported] Le `{ $property }` de l'entrée de statut n'est pas pris en charge (entiers de 1 à 8).
       *[other] Le `{ $property }` de l'entrée de statut est mal formé.
    }

status-unreachable = Impossible de vérifier si l'émetteur a révoqué ce badge : sa liste de révocation n'a pas pu être récupérée. Réessayez plus tard.
    .detail = La liste de statuts ou de révocation à l'adresse { $url } n'a pas pu être récupérée : { $reason ->
        [offline] le mode hors ligne est activé, rien n'est donc récupéré.
        [timeout] le serveur n'a pas répondu à temps.
        [connection] le serveur n'a pas pu être joint (échec DNS, de connexion ou TLS).
        [cors] le navigateur a bloqué la requête car le serveur n'autorise pas les requêtes d'autres sites (CORS).
        [status] le serveur a répondu HTTP { $status }.
        [too-large] la réponse dépassait la taille autorisée.
        [redirects] le serveur a effectué trop de redirections.
        [refused] l'adresse ne peut pas être récupérée.
        [not-http] ce n'est pas une URL http(s).
        [too-many-documents] il faudrait plus de documents que la limite `max_fetches` n'en autorise.
        [not-json] le document n'est pas du JSON exploitable.
       *[other] la récupération a échoué.
    }

status-list-untrusted = Impossible de vérifier si l'émetteur a révoqué ce badge : rien ne prouve que la liste de révocation vient de l'émetteur.
    .detail = La liste de statuts à l'adresse { $url } n'est pas digne de confiance : { $reason ->
        [redirected-off-site] la requête a été redirigée vers un autre site, et les listes de statuts ne sont acceptées que depuis le site indiqué par le badge.
        [unsigned] l'attestation de la liste ne porte aucune preuve.
        [not-signed-by-issuer] aucune preuve de l'attestation de la liste n'est valide avec une clé rattachée à l'émetteur de la liste.
        [status] le serveur a répondu HTTP { $status }.
       *[other] sa preuve n'a pas pu être vérifiée.
    }

status-list-invalid = Impossible de vérifier si l'émetteur a révoqué ce badge : sa liste de révocation est dans un format que ce vérificateur ne sait pas lire.
    .detail = { $reason ->
        [wrong-type] Le document n'est pas une `BitstringStatusListCredential` ni une `StatusList2021Credential` (le type que demande l'entrée de statut).
        [no-subject] L'attestation de liste de statuts n'a pas de `credentialSubject`.
        [several-subjects] L'attestation de liste de statuts doit avoir exactement un objet `credentialSubject` (la liste).
        [wrong-subject-type] Le sujet de l'attestation de liste de statuts n'est pas une `BitstringStatusList` ni une `StatusList2021`.
        [no-encoded-list] L'attestation de liste de statuts n'a pas de chaîne `encodedList`.
       *[other] Le document n'est pas une attestation de liste de statuts.
    }

status-list-expired = Impossible de vérifier si l'émetteur a révoqué ce badge : sa liste de révocation a expiré le { $date }.
    .detail = L'attestation de liste de statuts à l'adresse { $url } a un `validUntil` { $dateIso }, déjà passé.

status-list-corrupt = Impossible de vérifier si l'émetteur a révoqué ce badge : sa liste de révocation est endommagée.
    .detail = { $reason ->
        [not-base64] `encodedList` n'est ni du base64 ni du base64url multibase.
        [not-gzip] La liste décodée n'est pas du gzip (elle ne commence pas par 1f 8b).
        [gzip-method] La méthode de compression gzip n'est pas 8 (deflate).
        [gzip-reserved-flags] L'en-tête gzip active des bits d'indicateur réservés.
        [gzip-truncated] Les données gzip se terminent avant la fin de leur en-tête, de leurs données ou de leur bloc final CRC-32/longueur de 8 octets.
        [gzip-header-crc] Le CRC de l'en-tête gzip ne correspond pas à l'en-tête.
        [deflate-invalid] Les données deflate du gzip sont corrompues.
        [gzip-crc] Le CRC-32 du bloc final gzip ne correspond pas à la liste décompressée : la liste a été endommagée.
        [gzip-length] La longueur du bloc final gzip (mod 2^32) ne correspond pas à la liste décompressée.
        [gzip-trailing-bytes] Des octets suivent le membre gzip ; une liste de statuts est exactement un membre gzip (RFC 1952).
       *[other] La liste encodée ne peut pas être décodée.
    }

status-purpose-mismatch = Impossible de vérifier si l'émetteur a révoqué ce badge : la liste vers laquelle il pointe sert à autre chose.
    .detail = L'entrée de statut de l'attestation a le `statusPurpose` "{ $purpose }", mais la liste vers laquelle elle pointe concerne "{ $listPurposes }" ; la liste ne dit rien sur cet objectif.

status-list-short = La liste de révocation de l'émetteur est plus petite que ne le demande la norme, ce qui peut permettre de deviner plus facilement quel badge est vérifié. Elle a tout de même été lue.
    .detail = La liste de statuts à l'adresse { $url } contient { $entries ->
        [one] { $entries } entrée
       *[other] { $entries } entrées
    }, moins que les 131072 que la spécification Bitstring Status List demande pour protéger la vie privée des titulaires.

recipient-not-requested = Aucune personne n'a été indiquée pour la comparer au titulaire de ce badge.
    .detail = Indiquez une adresse e-mail, une URL ou un autre identifiant pour vérifier si le badge a été délivré à ce titulaire.

recipient-not-stated = Le badge n'indique pas à qui il a été délivré : il ne peut pas être comparé à une personne.
    .detail = Le badge n'indique aucune identité de titulaire (`credentialSubject.id` / `identifier`, ou `recipient.identity` en OB 2.0) à comparer.

recipient-match = Le badge a été délivré à la personne indiquée.

recipient-mismatch = Le badge a été délivré à une autre personne que celle indiquée.

not-applicable = Cette vérification ne s'applique pas à ce type de badge.

not-reached = { $blockedBy ->
        [proof] Non vérifié : il fallait d'abord vérifier la signature du badge, ce qui n'a pas été possible.
       *[other] Non vérifié : le fichier n'a pas pu être lu comme un badge.
    }

jws-payload-invalid = Les données de ce badge sont endommagées ou dans un format que les badges n'utilisent pas : elles ne peuvent pas être lues.
    .detail = { $reason ->
        [not-an-object] La charge utile du JWS est du JSON mais pas un objet JSON.
        [not-json] La charge utile du JWS n'est pas du JSON.
       *[other] La charge utile du JWS n'est pas un objet JSON.
    }

## Codes : remarques (écarts qui n'affaiblissent rien)

hidden-characters = Du texte de ce badge contient des caractères invisibles ou qui changent le sens d'écriture ; ils sont affichés sous la forme ⟨U+XXXX⟩ pour que ce texte ne puisse pas se faire passer pour un autre.
    .detail = Les points de code de contrôle bidirectionnel, de largeur nulle ou autrement invisibles ont été remplacés par ⟨U+XXXX⟩ dans les champs d'affichage du rapport ; `credential` conserve le texte d'origine.

not-an-open-badge = Ce fichier n'est pas un Open Badge.
    .detail = Ni une attestation Open Badges 3.0 (`OpenBadgeCredential` / `AchievementCredential`), ni une assertion Open Badges 2.0.

no-issuer = Le badge n'indique pas qui l'a délivré.
    .detail = Pas d'`issuer` (OB 3.0) ni de `badge.issuer` (OB 2.0).

no-subject = Le badge n'indique pas pour quoi ni à qui il a été attribué.
    .detail = Pas de `credentialSubject`.

no-achievement = Le badge n'indique pas ce qui a été accompli.
    .detail = Pas de `credentialSubject.achievement` (OB 3.0) ni de `badge` (OB 2.0).

## Page de vérification

ui-pending = Vérification en cours…
ui-idle = En attente de vérification
ui-untitled = Badge sans titre
ui-no-badge = Aucun badge dans ce fichier
ui-no-badge-hint = Téléchargez le badge d'origine (le fichier image qui contient les données du badge) depuis le site de l'émetteur ou la plateforme de badges, plutôt qu'une capture d'écran ou une copie réenregistrée.
ui-show-details = Afficher les détails
ui-hide-details = Masquer les détails
ui-issuer-site = Site de l'émetteur
ui-verification-link = Lien de vérification (il permet à chacun de vérifier ce badge)
ui-credential = Attestation
ui-no-credential = Aucune attestation n'a pu être décodée.
ui-member = Badge { $n } sur { $total }
ui-container = { $container ->
        [presentation] Présentation de badges
        [clr] Relevé d'apprentissage
       *[other] Ensemble de badges
    }
page-title = Vérifier un Open Badge · badgeverify
page-heading = Vérifier un Open Badge
page-language = Langue
page-lede = Open Badges 3.0, 2.0 et les versions plus anciennes 1.1, 1.0 et 0.5 : images PNG ou SVG contenant un badge, assertions et attestations JSON, VC-JWT et URL d'assertions hébergées.
page-privacy-title = Confidentialité dès la conception :
page-privacy = vos fichiers sont lus et vérifiés dans ce navigateur par WebAssembly et ne sont jamais envoyés. Cette page ne demande que les documents dont la vérification elle-même a besoin — ce vers quoi pointe le badge (une assertion hébergée, le profil et les clés de l'émetteur, une liste de révocation ou de statut), récupérés directement sur les serveurs de l'émetteur (ou, si cette page est servie par « badgeverify serve », par l'intermédiaire de ce programme sur votre propre ordinateur). Un lien de vérification transporte le badge après son #, que les navigateurs n'envoient jamais à aucun serveur.
page-inputs =
    .aria-label = Badges à vérifier
page-drop-title = Déposez les fichiers de badges ici
page-drop-hint = PNG, SVG, JSON, JWT — un ou plusieurs fichiers, vérifiés dans ce navigateur.
page-choose-files = Choisir des fichiers…
page-paste-label = …ou collez l'URL d'une assertion hébergée, du JSON ou un JWT
page-paste-field =
    .placeholder = https://… ou {"{"} "@context": … {"}"} ou eyJ…
page-verify = Vérifier
page-recipient-label = Ce badge a-t-il été délivré à…
page-optional = (facultatif)
page-recipient-field =
    .placeholder = alice@example.org, une URL ou un DID
page-recipient-hint = La comparaison avec le titulaire du badge (parfois masqué sous forme d'empreinte) se fait sur votre ordinateur ; chaque badge est vérifié à nouveau dès que vous modifiez ce champ.
page-offline = Hors ligne : ne rien récupérer
page-offline-hint = Les badges qui ont besoin des documents de leur émetteur sont alors signalés en « vérification incomplète ».
page-clear = Tout effacer
page-results =
    .aria-label = Résultats
page-demo-link = démo de l'élément <open-badge>
page-served = servie par badgeverify serve sur cet ordinateur (la démonstration de l'élément <open-badge> est www/demo.html dans le dépôt)
page-checking = Vérification en cours : { $left } sur { $total }…
page-tally = { $total ->
        [one] { $total } badge contrôlé
       *[other] { $total } badges contrôlés
    } : { $parts }
page-tally-valid = { $n ->
        [one] { $n } vérifié
       *[other] { $n } vérifiés
    }
page-tally-invalid = { $n ->
        [one] { $n } non vérifié
       *[other] { $n } non vérifiés
    }
page-tally-indeterminate = { $n } à vérification incomplète
page-remove =
    .aria-label = Retirer { $title }
page-copy-credential = Copier l'attestation
page-download-credential = Télécharger l'attestation
page-download-report = Télécharger le rapport
page-copy-link = Copier le lien de vérification
page-copied = Copié.
page-copy-refused = Le navigateur n'a pas autorisé la copie ; utilisez plutôt le téléchargement.
page-no-link = Pas de lien : { $reason }
page-link-copied = Lien copié ({ $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    }).
page-link-not-copied = Le navigateur n'a pas autorisé la copie ; le lien fait { $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    }.
page-from-link = Badge reçu par lien
page-pasted-text = Texte collé
page-pasted-json = JSON collé
page-pasted-jwt = JWT collé
page-link-damaged = Ce lien de vérification est endommagé ({ $reason }) ; redemandez le lien ou vérifiez directement le fichier du badge.
