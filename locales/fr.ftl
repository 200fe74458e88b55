# Messages de badgeverify en français : traduction de en.ftl, la source.
#
# Une entrée par code du rapport (docs/report.md, « Codes ») : le message qu'une personne lit, en mots
# simples (ce que cela signifie pour la confiance dans ce badge, puis que faire), et dans l'attribut
# `.detail` le détail technique (noms de champs, algorithmes, adresses, dates ISO), affiché à part
# sous « Détails techniques ». Les variables sont les paramètres du code (docs/report.md, « Parameters ») ;
# un paramètre de date `$date` arrive dans un message comme la date du lecteur, `$dateIso` contenant
# le texte RFC 3339 du rapport. Les nombres sont écrits sans séparateur de milliers.
#
# Le même fichier est lu par la CLI (Rust, fluent-bundle) et par le paquet npm, le widget et la page
# de vérification (JavaScript, @fluent/bundle) ; tous deux l'affichent sans marques d'isolation Unicode.

## Dates : `date` affiche un paramètre de date pour les personnes.

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
        [yes] « { $badge } », délivré par { $issuer } le { $date } à la personne que vous avez indiquée.
       *[other] « { $badge } », délivré par { $issuer } le { $date }.
    }
summary-valid-undated = { $matched ->
        [yes] « { $badge } », délivré par { $issuer } à la personne que vous avez indiquée.
       *[other] « { $badge } », délivré par { $issuer }.
    }
summary-valid-unnamed = { $matched ->
        [yes] Délivré par { $issuer } à la personne que vous avez indiquée.
       *[other] Délivré par { $issuer }.
    }
summary-unestablished = Rien n'est faux dans ce badge, mais on n'a pas pu confirmer qui l'a signé.
    .detail = Ni une preuve validée avec une clé rattachée à l'émetteur, ni une vérification hosted-origin réussie n'ont été établies.

## Ce que le widget, la page de vérification et la CLI affichent autour des messages (ui-… : commun ;
## page-… : la page de vérification ; cli-… : l'outil en ligne de commande).

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
cli-tally = { $total ->
        [one] { $total } fichier
       *[other] { $total } fichiers
    } : { $valid } vérifié(s), { $invalid } non vérifié(s), { $indeterminate } à vérification incomplète, { $error } impossible(s) à vérifier

## Codes : lecture du fichier et des données du badge (vérifications `container` et `payload`)

container-ok = Le fichier du badge a été lu.
    .detail = { $container ->
        [png] Le PNG a été lu bloc par bloc (chaque CRC vérifié) et contient des données de badge intégrées.
        [svg] Un élément de badge intégré a été trouvé dans le SVG.
        [json] L'entrée est un texte JSON.
        [url] L'entrée est une URL.
       *[other] L'entrée est un JWS compact.
    }

no-badge-data = Cette image ne contient pas de badge. Une capture d'écran ou une copie réenregistrée d'un badge perd le badge qu'elle contenait : téléchargez l'image du badge depuis le site de l'émetteur ou la plateforme de badges, puis vérifiez ce fichier.
    .detail = { $container ->
        [svg] Le SVG ne contient aucun élément `<openbadges:assertion>` ou `<openbadges:credential>` avec un attribut `verify` ou un contenu.
       *[other] Le PNG ne contient aucun bloc `iTXt`, `tEXt` ou `zTXt` avec le mot-clé `openbadges` ou `openbadgecredential`.
    }

unrecognized-input = { $kind ->
        [jpeg] C'est une photo ou un fichier image, qui ne peut pas contenir de badge. Un badge se présente sous forme d'image PNG ou SVG qui le contient, de données du badge elles-mêmes, ou d'adresse web d'un badge.
        [gif] C'est une image GIF, qui ne peut pas contenir de badge. Un badge se présente sous forme d'image PNG ou SVG qui le contient, de données du badge elles-mêmes, ou d'adresse web d'un badge.
        [webp] C'est une image WebP, qui ne peut pas contenir de badge. Un badge se présente sous forme d'image PNG ou SVG qui le contient, de données du badge elles-mêmes, ou d'adresse web d'un badge.
        [pdf] C'est un document PDF, qui ne peut pas contenir de badge. Un badge se présente sous forme d'image PNG ou SVG qui le contient, de données du badge elles-mêmes, ou d'adresse web d'un badge.
       *[other] Ce fichier n'est pas un badge. Un badge se présente sous forme d'image PNG ou SVG qui le contient, de données du badge elles-mêmes, ou d'adresse web d'un badge.
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
        [empty] Le badge contenu dans ce fichier est vide : il n'y a rien à vérifier.
       *[other] Le badge contenu dans ce fichier est dans un format que ce vérificateur ne reconnaît pas.
    }
    .detail = { $reason ->
        [empty] Les données du badge sont vides.
       *[other] Les données du badge ne sont ni du JSON, ni un JWS compact, ni une URL http(s).
    }

png-bad-crc = Ce fichier est endommagé : le badge qu'il contient ne peut pas être lu. Téléchargez à nouveau le badge là où il a été délivré.
    .detail = Le bloc PNG { $chunk } à l'octet { $offset } échoue à sa vérification CRC-32.

png-truncated = Ce fichier est incomplet : le badge qu'il contient ne peut pas être lu. Téléchargez à nouveau le badge là où il a été délivré.
    .detail = { $reason ->
        [no-iend] Le PNG se termine à l'octet { $offset } sans bloc `IEND`.
       *[other] Le bloc PNG à l'octet { $offset } dépasse la fin du fichier.
    }

png-malformed = Ce fichier est endommagé : le badge qu'il contient ne peut pas être lu. Téléchargez à nouveau le badge là où il a été délivré.
    .detail = { $reason ->
        [chunk-length] Le bloc PNG `{ $chunk }` à l'octet { $offset } déclare une longueur supérieure au maximum PNG de 2^31-1.
        [chunk-type] Le bloc PNG à l'octet { $offset } a un type invalide (pas quatre lettres ASCII).
        [first-not-ihdr] Le premier bloc PNG est `{ $chunk }` ; un PNG doit commencer par `IHDR`.
        [no-keyword] Le bloc de badge `{ $chunk }` à l'octet { $offset } n'a pas de mot-clé.
        [compression-method] Le bloc de badge `{ $chunk }` à l'octet { $offset } a une méthode de compression inconnue.
        [no-compression-flag] Le bloc de badge `{ $chunk }` à l'octet { $offset } se termine avant son indicateur de compression.
        [no-language-tag] Le bloc de badge `{ $chunk }` à l'octet { $offset } n'a pas d'étiquette de langue.
        [no-translated-keyword] Le bloc de badge `{ $chunk }` à l'octet { $offset } n'a pas de mot-clé traduit.
        [compression-flag] Le bloc de badge `{ $chunk }` à l'octet { $offset } a un indicateur ou une méthode de compression inconnus.
        [not-utf8] Le texte du bloc de badge `{ $chunk }` à l'octet { $offset } n'est pas en UTF-8, comme l'exige un texte `iTXt`.
       *[other] Le bloc PNG `{ $chunk }` à l'octet { $offset } est mal formé.
    }

png-inflate = Ce fichier est endommagé : le badge qu'il contient ne peut pas être lu. Téléchargez à nouveau le badge là où il a été délivré.
    .detail = Le texte compressé du bloc PNG `{ $chunk }` à l'octet { $offset } n'est pas un flux zlib valide.

svg-syntax = Ce fichier image est endommagé : le badge qu'il contient ne peut pas être lu. Téléchargez à nouveau le badge là où il a été délivré.
    .detail = Le SVG n'est pas un XML bien formé vers l'octet { $offset }.

svg-entity = Le badge contenu dans cette image fait référence à un contenu extérieur qui n'est jamais chargé : il ne peut pas être lu. Redemandez le badge à l'émetteur.
    .detail = L'élément de badge fait référence à l'entité `&{ $entity };`. Seules les cinq entités XML prédéfinies et les références de caractères sont décodées ; les entités déclarées dans un DOCTYPE ne sont jamais développées ni récupérées.

unreadable-input = Ce fichier n'a pas pu être ouvert : rien n'a été vérifié. Vérifiez qu'il existe et que vous avez le droit de le lire.
    .detail = `{ $path }` : { $reason ->
        [not-found] fichier ou dossier introuvable.
        [permission-denied] permission refusée.
        [is-a-directory] c'est un dossier.
        [not-a-directory] une partie du chemin n'est pas un dossier.
        [too-deep] le dossier est imbriqué sur plus de 32 niveaux ; indiquez-le directement.
       *[other] il ne peut pas être lu.
    }

invalid-options = La vérification du badge a été mal configurée : elle n'a pas été lancée.
    .detail = { $reason ->
        [not-json] Les options ne sont pas un JSON valide de la forme {"{"}"now": "2026-01-01T00:00:00Z", "recipient": "…"{"}"}.
        [now-missing] Les options doivent contenir une chaîne `now` (une date-heure RFC 3339).
        [now-invalid] `now` n'est pas une date-heure RFC 3339.
        [recipient-not-string] `recipient` doit être une chaîne.
       *[other] Les options sont invalides.
    }

invalid-input = Rien de ce qui a été fourni ne peut être un badge à vérifier.
    .detail = L'argument d'entrée n'a pas le bon type : des octets (un Uint8Array, un ArrayBuffer, un Blob) ou une chaîne étaient attendus.

internal-error = Une erreur s'est produite dans le vérificateur : ce badge n'a pas été vérifié. Merci de signaler ce problème.
    .detail = Une exception inattendue dans le code de liaison JavaScript.

verifier-unavailable = Le vérificateur de badges n'a pas pu être chargé : ce badge n'a pas été vérifié. Rechargez la page pour réessayer.
    .detail = Le paquet WebAssembly n'a pas pu être chargé.

widget-error = Une erreur s'est produite pendant la vérification de ce badge. Rechargez la page pour réessayer.
    .detail = Une défaillance inattendue dans l'élément de badge.

source-cors = Le fichier du badge n'a pas pu être chargé : le site qui l'héberge ne permet pas aux autres sites de le lire. Ouvrez le badge sur le site de l'émetteur, ou téléchargez-le et vérifiez le fichier.
    .detail = Le fichier du badge à l'adresse `src` se trouve sur une autre origine qui n'autorise pas les lectures cross-origin (pas d'en-têtes CORS), ou il est inaccessible.

source-unreachable = Le fichier du badge n'a pas pu être téléchargé. Vérifiez votre connexion et réessayez.
    .detail = Le fichier du badge à l'adresse `src` n'a pas pu être récupéré.

source-http-status = Le site qui héberge le fichier du badge a répondu par une erreur : le badge n'a pas pu être chargé.
    .detail = Le serveur a répondu avec le statut HTTP { $status } pour `src`.

source-too-large = Le fichier du badge est trop volumineux pour être vérifié ici.
    .detail = Le fichier du badge à l'adresse `src` dépasse la taille acceptée par l'élément.

source-blocked-by-policy = Les paramètres de sécurité de cette page ne permettent pas de charger le badge depuis cette adresse.
    .detail = L'URL n'a pas été récupérée car la Content Security Policy de la page l'interdit.

fetch-loop = Le vérificateur s'est arrêté car il redemandait sans cesse les mêmes documents. Merci de signaler ce problème.
    .detail = Un garde-fou du pilote : la vérification a redemandé des documents sans progresser (répondez à chaque requête par supply() ou fail() avant de relancer une étape).

limit-exceeded = Ce badge est plus volumineux ou plus complexe que ce que ce vérificateur accepte : il n'a pas été vérifié.
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

json-syntax = Les données du badge sont endommagées ou incomplètes : elles ne peuvent pas être lues.
    .detail = JSON invalide à la ligne { $line }, colonne { $column }.

json-not-utf8 = Les données du badge sont endommagées : elles ne peuvent pas être lues.
    .detail = Le JSON n'est pas de l'UTF-8 valide (octet { $offset }).

json-duplicate-key = Les données du badge indiquent deux fois le même élément : leur sens est ambigu et on ne peut pas s'y fier.
    .detail = L'objet JSON contient deux fois le membre "{ $member }" ; les clés en double sont refusées car les lecteurs ne s'accordent pas sur celle qui compte.

jsonld-invalid = Les données du badge ne peuvent pas être interprétées comme l'exige sa signature : la signature ne peut pas être vérifiée.
    .detail = Erreur de traitement JSON-LD 1.1 : { $reason }.

rdfc-invalid-quad = Les données du badge ne peuvent pas être interprétées comme l'exige sa signature : la signature ne peut pas être vérifiée.
    .detail = Le jeu de données contient { $reason ->
        [literal-subject] un littéral comme sujet
        [predicate-not-iri] un prédicat qui n'est pas une IRI
        [literal-graph] un littéral comme nom de graphe
       *[other] un énoncé invalide
    }, ce que RDF (et donc RDFC-1.0) n'autorise pas.

base64-invalid = Une partie des données du badge est endommagée : elle ne peut pas être lue.
    .detail = Une valeur n'est pas du base64 valide (ou, en JOSE, du base64url sans remplissage).

base58-invalid = Une partie des données du badge est endommagée : elle ne peut pas être lue.
    .detail = Une valeur n'est pas du base58btc valide.

multibase-unsupported = Une partie des données du badge est dans un format que ce vérificateur ne prend pas en charge.
    .detail = Une valeur multibase commençant par `z` (base58btc) ou `u` (base64url) était attendue.

nquads-syntax = Les données n'ont pas pu être lues.
    .detail = Erreur de syntaxe N-Quads à la ligne { $line }, colonne { $column }.

bake-invalid-payload = Les données du badge à intégrer dans l'image ne peuvent pas être lues : aucune image de badge n'a été créée.
    .detail = Refus d'intégrer des données qui ne s'analysent ni comme du JSON ni comme un JWS compact.

context-unknown = Le badge utilise un vocabulaire que ce vérificateur ne connaît pas : sa signature n'a pas pu être vérifiée.
    .detail = Le contexte JSON-LD { $url } n'est pas fourni avec ce vérificateur, et les contextes ne sont jamais récupérés (leur contenu fait partie de ce qui est signé).

## Codes : la structure du badge et les versions d'Open Badges (`schema`, `hosted-origin`, dates, titulaires)

schema-ok = Le badge contient tout ce qu'un Open Badge doit contenir.
    .detail = Le badge respecte les exigences structurelles d'Open Badges { $version }. { $notes ->
        [0] Aucun écart par rapport à la spécification.
        [one] Un écart par rapport à la spécification est signalé dans une remarque.
       *[other] { $notes } écarts par rapport à la spécification sont signalés dans des remarques.
    }

schema-invalid = { $cause ->
        [not-an-open-badge] Ce n'est pas un Open Badge : il ne peut pas être vérifié comme tel.
        [no-issuer] Le badge n'indique pas qui l'a délivré : personne ne s'en porte garant.
        [no-subject] Le badge n'indique pas à qui ni pour quoi il a été attribué : il ne prouve rien.
        [no-achievement] Le badge n'indique pas ce qui a été accompli : il ne prouve rien.
       *[other] Ce badge est incomplet et ne peut pas être lu comme un Open Badge.
    }
    .detail = Échecs de schéma : { $causes } (à { $paths }). not-an-open-badge : `type` ne contient pas OpenBadgeCredential / AchievementCredential (EndorsementCredential pour les recommandations) ; no-issuer : `issuer` ou son `id` est absent ou n'est pas une URI ; no-subject : pas d'objet `credentialSubject` ; no-achievement : pas d'objet `achievement` (OB 2.0 : pas de `badge`).

badgeclass-unavailable = La description de ce que ce badge récompense n'a pas pu être chargée : elle n'a pas pu être vérifiée. { $reason ->
        [offline] Vérifiez à nouveau une fois en ligne.
       *[other] Réessayez plus tard.
    }
    .detail = { $reason ->
        [absent] L'assertion n'a pas de membre `badge`.
        [not-a-link] Le `badge` de l'assertion n'est ni un objet ni une URL http(s).
        [status] La BadgeClass à l'adresse { $url } n'a pas pu être récupérée : HTTP { $status }.
       *[other] La BadgeClass à l'adresse { $url } n'a pas pu être récupérée ({ $reason }).
    }

issuer-unavailable = Le profil de l'émetteur n'a pas pu être chargé : ce qu'il dit de ce badge n'a pas pu être vérifié. { $reason ->
        [offline] Vérifiez à nouveau une fois en ligne.
       *[other] Réessayez plus tard.
    }
    .detail = { $reason ->
        [absent] La BadgeClass n'a pas de membre `issuer`.
        [not-a-link] L'`issuer` de la BadgeClass n'est ni un objet ni une URL http(s).
        [not-read] Le profil de l'émetteur n'était pas disponible (voir la vérification schema) : le propriétaire de la clé n'a pas pu être confirmé.
        [status] Le profil de l'émetteur à l'adresse { $url } n'a pas pu être récupéré : HTTP { $status }.
       *[other] Le profil de l'émetteur à l'adresse { $url } n'a pas pu être récupéré ({ $reason }).
    }

hosted-fetched = Le site de l'émetteur confirme ce badge.
    .detail = Le serveur de l'émetteur sert cette assertion Open Badges { $version } à l'adresse { $url }. (Une assertion 0.5 n'indique pas sa propre adresse ; c'est l'`origin` de son émetteur qui est vérifiée à la place.)

hosted-id-mismatch = Le site de l'émetteur contient un autre badge à cette adresse : ce badge n'est pas ce qu'il prétend être.
    .detail = Le document servi à l'adresse { $url } a un `{ $property }` différent de cette adresse.

hosted-id-invalid = Ce badge n'indique pas où l'émetteur le publie : l'émetteur ne peut donc pas le confirmer.
    .detail = Une assertion hébergée sans `id` http(s) : aucun serveur de l'émetteur ne peut la confirmer.

hosted-url-unknown = Ce badge ancien ne peut être confirmé qu'à partir de son adresse web. Vérifiez le lien du badge plutôt que son contenu.
    .detail = Une assertion Open Badges 0.5 fournie en JSON n'indique pas sa propre adresse ; elle n'est authentique que si le site de son émetteur (son `origin`) la sert.

hosted-unreachable = Le site de l'émetteur n'a pas pu être joint pour confirmer ce badge. { $reason ->
        [offline] Vérifiez à nouveau une fois en ligne.
       *[other] Réessayez plus tard.
    }
    .detail = C'est un badge hébergé, authentique seulement si le serveur de l'émetteur le sert toujours à l'adresse { $url }, ce qui n'a pas pu être vérifié : { $reason ->
        [offline] le mode hors ligne est activé.
        [timeout] le serveur n'a pas répondu à temps.
        [connection] le serveur n'a pas pu être joint.
        [cors] le navigateur a bloqué la requête car le serveur n'autorise pas les requêtes d'autres sites (CORS).
        [status] le serveur a répondu HTTP { $status }.
        [too-large] la réponse dépassait la taille autorisée.
        [redirects] le serveur a effectué trop de redirections.
        [not-json] la réponse n'est pas du JSON exploitable.
        [too-many] il faudrait plus de documents que `max_fetches` n'en autorise.
       *[other] l'adresse ne peut pas être récupérée.
    }

hosted-origin-ok = Le badge est publié sur le site même de l'émetteur.
    .detail = L'assertion est hébergée sur { $host }, { $policy ->
        [starts-with] dans les préfixes `verification.startsWith` de l'émetteur.
        [allowed-origins] l'une des `verification.allowedOrigins` de l'émetteur.
        [origin] l'`origin` Open Badges 0.5 de l'émetteur.
       *[other] l'hôte de l'id de l'émetteur (aucune règle indiquée : le comportement par défaut d'Open Badges 2.0).
    }

issuer-origin-unknown = Rien ne relie l'adresse web de ce badge ancien à son émetteur.
    .detail = L'émetteur Open Badges 0.5 n'indique pas d'`origin` : rien ne relie l'adresse de l'assertion à l'émetteur.

issuer-not-http = L'émetteur n'est pas identifié par un site web : il n'y a pas de règle de site à vérifier.
    .detail = L'id de l'émetteur "{ $issuer }" n'est pas une URL http(s) : aucune règle de vérification hébergée ne s'applique.

hosted-origin-mismatch = Ce badge est publié sur un site dont l'émetteur ne se porte pas garant : il ne vient peut-être pas de l'émetteur.
    .detail = L'assertion à l'adresse { $url } est hébergée sur { $host }, mais { $policy ->
        [starts-with] le `verification.startsWith` de l'émetteur n'autorise que { $allowed }.
        [allowed-origins] les `verification.allowedOrigins` de l'émetteur n'autorisent que { $allowed }.
        [origin] l'`origin` Open Badges 0.5 de son émetteur est { $allowed }.
       *[other] l'id de l'émetteur est sur { $allowed } (aucune règle indiquée : le comportement par défaut d'Open Badges 2.0).
    }

signature-missing = Ce badge indique qu'il est signé, mais sa signature est absente. Vérifiez l'image du badge ou le fichier signé fourni par l'émetteur.
    .detail = Le `verification.type` de l'assertion est SignedBadge, mais c'est du JSON simple sans son JWS.

proof-missing = Ce badge ne porte aucune signature : n'importe qui aurait pu l'écrire.
    .detail = L'attestation n'a pas de `proof` et n'est pas un VC-JWT.

expired = Ce badge a expiré le { $date }.
    .detail = `{ $property }` vaut { $dateIso }.

not-yet-valid = Ce badge n'est pas valide avant le { $date }.
    .detail = `{ $property }` vaut { $dateIso }, après le moment de la vérification.

expiry-before-issue = Les dates de ce badge se contredisent : il expire avant d'avoir été délivré.
    .detail = `{ $property }` ({ $dateIso }) est antérieur à `{ $issueProperty }` ({ $issueDateIso }).

date-invalid = Une des dates de ce badge est illisible : sa période de validité ne peut pas être entièrement vérifiée.
    .detail = `{ $property }` vaut { $text }, qui n'est pas une date.

key-owner-mismatch = La clé qui a signé ce badge indique appartenir à quelqu'un d'autre que l'émetteur.
    .detail = La clé { $key } désigne "{ $owner }" comme `owner`, et non l'émetteur { $issuer }.

key-not-listed = L'émetteur ne compte pas la clé qui a signé ce badge parmi les siennes.
    .detail = L'émetteur { $issuer } ne liste pas la clé { $key } dans son `publicKey`.

key-origin-mismatch = La clé qui a signé ce badge est publiée sur un autre site que celui de l'émetteur.
    .detail = La clé est publiée sur { $host }, mais l'émetteur { $issuer } est sur { $issuerHost }.

jwk-kid-mismatch = Le badge désigne deux clés différentes pour sa signature : on ne peut pas s'y fier.
    .detail = L'en-tête `jwk` et la clé désignée par `kid` ({ $key }) sont des clés différentes.

not-applicable-hosted = Ce badge est confirmé par le site de l'émetteur, et non par une clé de signature.

no-status = Le badge n'indique pas où vérifier s'il a été révoqué.
    .detail = Pas de `credentialStatus` (OB 3.0) ni de `revocationList` (émetteur OB 2.0).

status-invalid = L'entrée de révocation du badge est défectueuse : la révocation n'a pas pu être vérifiée.
    .detail = L'entrée 1EdTechRevocationList n'a pas d'`id`.

status-type-unsupported = Ce type de vérification de révocation n'est pas pris en charge : la révocation n'a pas pu être vérifiée.
    .detail = Le type d'entrée de statut "{ $type }" n'est pas pris en charge.

key-unavailable = La clé qui a signé ce badge est introuvable : sa signature n'a pas pu être vérifiée. { $reason ->
        [offline] Vérifiez à nouveau une fois en ligne.
        [none-listed] Demandez à l'émetteur un badge qui indique sa clé.
        [none-named] Demandez à l'émetteur un badge qui indique sa clé.
       *[other] Réessayez plus tard.
    }
    .detail = { $reason ->
        [none-listed] L'assertion ne désigne aucune clé de signature (`verification.creator`, `verify.url` en 1.x) et l'émetteur n'en liste aucune (`publicKey`).
        [issuer-not-read] L'assertion ne désigne aucune clé de signature (`verification.creator`, `verify.url` en 1.x) et le profil de l'émetteur n'a pas pu être lu.
        [none-named] Le JWT ne désigne aucune clé (pas d'en-tête `kid` ni `jwk`) et l'émetteur n'est pas un did:key ni un did:jwk.
        [not-found] Le JWT désigne sa clé comme "{ $key }", qui est introuvable.
        [status] La clé de signature à l'adresse { $key } n'a pas pu être récupérée : HTTP { $status }.
       *[other] La clé de signature à l'adresse { $key } n'a pas pu être récupérée ({ $reason }).
    }

jwt-claims-mismatch = Le jeton signé et le badge qu'il contient désignent des personnes ou des émetteurs différents : on ne sait pas clairement qui a délivré ce badge, ni à qui.
    .detail = Les claims du JWT ({ $claims }) désignent une autre partie que l'`issuer` / le `credentialSubject.id` de l'attestation.

jwt-claim-differs = Le jeton signé écrit un détail de ce badge un peu différemment du badge lui-même. Les deux ont été vérifiés.
    .detail = La claim du JWT vaut { $text } mais l'attestation indique { $stated }.

credential-refreshed = Ce badge a été remplacé par la copie à jour publiée par son émetteur, et c'est cette copie qui a été vérifiée.
    .detail = Le service `1EdTechCredentialRefresh` de l'attestation à l'adresse { $url } a fourni une copie récente qui est valide ; ce rapport porte sur cette copie.

refresh-not-used = La copie à jour vers laquelle pointe ce badge n'a pas pu être utilisée : le badge a été vérifié tel quel.
    .detail = { $reason ->
        [not-valid] La copie fournie par le service `1EdTechCredentialRefresh` à l'adresse { $url } n'est pas valide.
        [status] Le service `1EdTechCredentialRefresh` à l'adresse { $url } a répondu HTTP { $status }.
       *[other] Le service `1EdTechCredentialRefresh` à l'adresse { $url } n'a pas pu être joint ({ $reason }).
    }

date-lenient = Une date de ce badge est écrite dans un format ancien ; elle a été interprétée comme le { $date }.
    .detail = `{ $property }` n'est pas une date-heure RFC 3339 avec fuseau horaire ; elle a été lue comme { $dateIso } (UTC supposé).

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
    .detail = Pas de `credentialSubject.id` ni d'`identifier` (OB 3.0 ; autorisé par son schéma), ou pas de `recipient` (OB 2.0).

image-data-uri = L'image du badge est stockée dans le badge lui-même plutôt qu'à l'adresse de l'émetteur. Cela n'affaiblit pas ce que prouve le badge.
    .detail = L'`image` de l'assertion devrait être l'URL de l'image intégrée, et non une URI data:.

legacy-version = C'est un Open Badge d'un type plus ancien (version { $version }) ; il a été lu comme les badges actuels.
    .detail = Assertion Open Badges { $version }, lue comme son équivalent Open Badges 2.0, à la manière du validateur de 1EdTech.

