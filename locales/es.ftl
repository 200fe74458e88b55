# Mensajes de badgeverify en español: traducción de en.ftl, el original.
#
# Una entrada por código del informe (docs/report.md, «Codes»): el mensaje que lee una persona,
# en palabras sencillas (qué significa para la confianza en esta insignia y qué hacer), y en el
# atributo `.detail` el detalle técnico (nombres de campos, algoritmos, direcciones, fechas ISO),
# que se muestra aparte en «Detalles técnicos». Las variables son los parámetros del código
# (docs/report.md, «Parameters»); un parámetro de fecha `$date` llega al mensaje como fecha del
# lector, y `$dateIso` contiene el texto RFC 3339 del informe. Los números se escriben sin
# separador de miles.
#
# Este archivo lo leen la CLI (Rust, fluent-bundle) y el paquete npm, el widget y la página de
# verificación (JavaScript, @fluent/bundle); ambos muestran el texto sin marcas de aislamiento
# Unicode.

## Fechas: `date` muestra un parámetro de fecha para las personas.

date = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## Nombres de las comprobaciones, tal como los ven las personas (los ids se mantienen en el JSON).

check-container = Archivo
check-payload = Datos de la insignia
check-schema = Estructura de la insignia
check-proof = Firma
check-issuer-key = Clave del emisor
check-validity-period = Fechas
check-revocation = Revocación
check-recipient = Destinatario
check-hosted-origin = Sitio web del emisor

## Resúmenes de insignias válidas (un informe no válido se resume con el mensaje de la
## comprobación que lo decide).

summary-valid = { $matched ->
        [yes] «{ $badge }», emitida por { $issuer } el { $date } a la persona que usted indicó.
       *[other] «{ $badge }», emitida por { $issuer } el { $date }.
    }
summary-valid-undated = { $matched ->
        [yes] «{ $badge }», emitida por { $issuer } a la persona que usted indicó.
       *[other] «{ $badge }», emitida por { $issuer }.
    }
summary-valid-unnamed = { $matched ->
        [yes] Emitida por { $issuer } a la persona que usted indicó.
       *[other] Emitida por { $issuer }.
    }
summary-unestablished = Esta insignia no presenta ningún error, pero no se pudo confirmar quién la firmó.
    .detail = No se estableció ni una prueba superada con una clave vinculada al emisor ni una comprobación `hosted-origin` superada.

summary-container = { $container ->
        [presentation] Esta presentación contiene
        [clr] Este registro de aprendizaje contiene
       *[other] Este archivo contiene
    } { $total ->
        [one] 1 insignia
       *[other] { $total } insignias
    }: { $valid ->
        [0] { $invalid ->
            [0] { $unestablished ->
                [0] {""}
               *[other] { $unestablished } con verificación incompleta
            }
           *[other] { $invalid ->
                [one] { $invalid } no verificada
               *[other] { $invalid } no verificadas
            }{ $unestablished ->
                [0] {""}
               *[other] , { $unestablished } con verificación incompleta
            }
        }
       *[other] { $valid ->
            [one] { $valid } verificada
           *[other] { $valid } verificadas
        }{ $invalid ->
            [0] {""}
           *[other] , { $invalid ->
                [one] { $invalid } no verificada
               *[other] { $invalid } no verificadas
            }
        }{ $unestablished ->
            [0] {""}
           *[other] , { $unestablished } con verificación incompleta
        }
    }.
    .detail = Cada credencial aparece abajo con su propio informe; el veredicto del archivo es el peor de los suyos y de sus propias comprobaciones.

## Lo que el widget, la página de verificación y la CLI muestran alrededor de los mensajes
## (ui-…: comunes; page-…: la página de verificación; cli-…: la herramienta de línea de comandos).

ui-valid = Verificada
ui-invalid = No verificada
ui-indeterminate = Verificación incompleta
ui-error = No se pudo comprobar
ui-badge = Insignia
ui-issued-by = Emitida por
ui-recipient = Emitida a
ui-issued = Fecha de emisión
ui-expires = Caduca
ui-not-stated = no consta
ui-hashed = (oculto en la insignia mediante un hash)
ui-matches = coincide con la persona que usted indicó
ui-does-not-match = NO coincide con la persona que usted indicó
ui-checks = Comprobaciones
ui-notes = Notas (no cambian el resultado)
ui-technical-details = Detalles técnicos
ui-outcome-pass = superada
ui-outcome-fail = fallida
ui-outcome-warn = sin confirmar
ui-outcome-skip = omitida
cli-tally = { $total ->
        [one] 1 archivo
       *[other] { $total } archivos
    }: { $valid ->
        [one] { $valid } verificado
       *[other] { $valid } verificados
    }, { $invalid ->
        [one] { $invalid } no verificado
       *[other] { $invalid } no verificados
    }, { $indeterminate } con verificación incompleta, { $error ->
        [one] { $error } no se pudo comprobar
       *[other] { $error } no se pudieron comprobar
    }

## Códigos: lectura del archivo y de los datos de la insignia (comprobaciones `container` y `payload`)

container-ok = Se leyó el archivo de la insignia.
    .detail = { $container ->
        [png] Se leyó el PNG fragmento a fragmento (con todos los CRC comprobados) y se encontraron datos de insignia incrustados.
        [svg] Se encontró un elemento de insignia incrustado en el SVG.
        [json] La entrada es texto JSON.
        [url] La entrada es una URL.
       *[other] La entrada es un JWS compacto.
    }

no-badge-data = Esta imagen no contiene ninguna insignia. Al hacer una captura de pantalla o volver a guardar la imagen, se pierde la insignia que contiene: descargue la imagen de la insignia del sitio del emisor o de la plataforma de insignias y compruebe ese archivo.
    .detail = { $container ->
        [svg] El SVG no tiene ningún elemento `<openbadges:assertion>` ni `<openbadges:credential>` con un atributo `verify` o contenido.
       *[other] El PNG no tiene ningún fragmento `iTXt`, `tEXt` ni `zTXt` con la palabra clave `openbadges` u `openbadgecredential`.
    }

unrecognized-input = { $kind ->
        [jpeg] Es una foto o un archivo de imagen, que no puede contener una insignia. Las insignias son imágenes PNG o SVG con la insignia dentro, los propios datos de la insignia o la dirección web de una insignia.
        [gif] Es una imagen GIF, que no puede contener una insignia. Las insignias son imágenes PNG o SVG con la insignia dentro, los propios datos de la insignia o la dirección web de una insignia.
        [webp] Es una imagen WebP, que no puede contener una insignia. Las insignias son imágenes PNG o SVG con la insignia dentro, los propios datos de la insignia o la dirección web de una insignia.
        [pdf] Es un documento PDF, que no puede contener una insignia. Las insignias son imágenes PNG o SVG con la insignia dentro, los propios datos de la insignia o la dirección web de una insignia.
       *[other] Este archivo no es una insignia. Las insignias son imágenes PNG o SVG con la insignia dentro, los propios datos de la insignia o la dirección web de una insignia.
    }
    .detail = { $kind ->
        [jpeg] Una imagen JPEG.
        [gif] Una imagen GIF.
        [webp] Una imagen WebP.
        [pdf] Un documento PDF.
        [xml] Un documento XML cuyo elemento raíz no es `<svg>`.
        [no-element] Texto que empieza por `<` y no contiene ningún elemento XML.
        [not-png] Falta la firma PNG de 8 bytes.
       *[other] No es un PNG, un SVG, JSON, un JWS compacto ni una URL http(s).
    }

payload-unrecognized = { $reason ->
        [empty] La insignia de este archivo está vacía, así que no hay nada que comprobar.
       *[other] La insignia de este archivo tiene un formato que este verificador no reconoce.
    }
    .detail = { $reason ->
        [empty] Los datos de la insignia están vacíos.
       *[other] Los datos de la insignia no son JSON, ni un JWS compacto, ni una URL http(s).
    }

png-bad-crc = Este archivo está dañado, así que no se puede leer la insignia que contiene. Vuelva a descargar la insignia del lugar donde se emitió.
    .detail = El fragmento PNG { $chunk } en el byte { $offset } no supera su comprobación CRC-32.

png-truncated = Este archivo está incompleto, así que no se puede leer la insignia que contiene. Vuelva a descargar la insignia del lugar donde se emitió.
    .detail = { $reason ->
        [no-iend] El PNG termina en el byte { $offset } sin un fragmento `IEND`.
       *[other] El fragmento PNG del byte { $offset } se extiende más allá del final del archivo.
    }

png-malformed = Este archivo está dañado, así que no se puede leer la insignia que contiene. Vuelva a descargar la insignia del lugar donde se emitió.
    .detail = { $reason ->
        [chunk-length] El fragmento PNG `{ $chunk }` en el byte { $offset } declara una longitud superior al máximo PNG de 2^31-1.
        [chunk-type] El fragmento PNG del byte { $offset } tiene un tipo no válido (no son cuatro letras ASCII).
        [first-not-ihdr] El primer fragmento PNG es `{ $chunk }`; un PNG debe empezar por `IHDR`.
        [no-keyword] El fragmento de insignia `{ $chunk }` en el byte { $offset } no tiene palabra clave.
        [compression-method] El fragmento de insignia `{ $chunk }` en el byte { $offset } tiene un método de compresión desconocido.
        [no-compression-flag] El fragmento de insignia `{ $chunk }` en el byte { $offset } termina antes de su indicador de compresión.
        [no-language-tag] El fragmento de insignia `{ $chunk }` en el byte { $offset } no tiene etiqueta de idioma.
        [no-translated-keyword] El fragmento de insignia `{ $chunk }` en el byte { $offset } no tiene palabra clave traducida.
        [compression-flag] El fragmento de insignia `{ $chunk }` en el byte { $offset } tiene un indicador o método de compresión desconocido.
        [not-utf8] El texto del fragmento de insignia `{ $chunk }` en el byte { $offset } no es UTF-8, como debe serlo el texto `iTXt`.
       *[other] El fragmento PNG `{ $chunk }` en el byte { $offset } está mal formado.
    }

png-inflate = Este archivo está dañado, así que no se puede leer la insignia que contiene. Vuelva a descargar la insignia del lugar donde se emitió.
    .detail = El texto comprimido del fragmento PNG `{ $chunk }` en el byte { $offset } no es un flujo zlib válido.

svg-syntax = Este archivo de imagen está dañado, así que no se puede leer la insignia que contiene. Vuelva a descargar la insignia del lugar donde se emitió.
    .detail = El SVG no es XML bien formado cerca del byte { $offset }.

svg-entity = La insignia de esta imagen hace referencia a contenido externo que nunca se carga, así que no se puede leer. Vuelva a pedir la insignia al emisor.
    .detail = El elemento de la insignia hace referencia a la entidad `&{ $entity };`. Solo se decodifican las cinco entidades XML predefinidas y las referencias de caracteres; las entidades declaradas en un DOCTYPE nunca se expanden ni se descargan.

unreadable-input = No se pudo abrir este archivo, así que no se comprobó nada. Compruebe que existe y que tiene permiso para leerlo.
    .detail = `{ $path }`: { $reason ->
        [not-found] no existe el archivo o directorio.
        [permission-denied] permiso denegado.
        [is-a-directory] es un directorio.
        [not-a-directory] una parte de la ruta no es un directorio.
        [too-deep] el directorio está anidado a más de 32 niveles de profundidad; indíquelo directamente.
       *[other] no se puede leer.
    }

invalid-options = La comprobación de la insignia se configuró de forma incorrecta, así que no se realizó.
    .detail = { $reason ->
        [not-json] Las opciones no son JSON válido de la forma {"{"}"now": "2026-01-01T00:00:00Z", "recipient": "…"{"}"}.
        [now-missing] Las opciones necesitan una cadena `now` (una fecha y hora RFC 3339).
        [now-invalid] `now` no es una fecha y hora RFC 3339.
        [recipient-not-string] `recipient` debe ser una cadena.
        [crypto-unknown] `crypto` debe ser `auto` o `builtin`.
       *[other] Las opciones no son válidas.
    }

invalid-input = No se proporcionó nada que pudiera ser una insignia.
    .detail = El argumento de entrada tiene un tipo incorrecto: se esperaban bytes (un Uint8Array, un ArrayBuffer, un Blob) o una cadena.

internal-error = Se produjo un error interno en el verificador, así que esta insignia no se comprobó. Le rogamos que informe de este problema.
    .detail = Una excepción inesperada en el código de enlace JavaScript.

verifier-unavailable = No se pudo cargar el verificador, así que esta insignia no se comprobó. Vuelva a cargar la página para intentarlo de nuevo.
    .detail = No se pudo cargar el paquete WebAssembly.

widget-error = Se produjo un error al comprobar esta insignia. Vuelva a cargar la página para intentarlo de nuevo.
    .detail = Un fallo inesperado en el elemento de la insignia.

source-cors = No se pudo cargar el archivo de la insignia: el sitio web que lo aloja no permite que otros sitios lo lean. Abra la insignia en el sitio del emisor, o descárguela y compruebe el archivo.
    .detail = El archivo de la insignia indicado en `src` está en otro origen que no permite lecturas entre orígenes (sin cabeceras CORS), o no es accesible.

source-unreachable = No se pudo descargar el archivo de la insignia. Compruebe su conexión e inténtelo de nuevo.
    .detail = No se pudo descargar el archivo de la insignia indicado en `src`.

source-http-status = El sitio web que aloja el archivo de la insignia respondió con un error, así que no se pudo cargar la insignia.
    .detail = El servidor respondió con el estado HTTP { $status } para `src`.

source-too-large = El archivo de la insignia es demasiado grande para comprobarlo aquí.
    .detail = El archivo de la insignia indicado en `src` supera el tamaño que acepta el elemento.

source-blocked-by-policy = La configuración de seguridad de esta página no permite cargar la insignia desde esa dirección.
    .detail = La URL no se descargó porque la Content Security Policy de la página lo prohíbe.

fetch-loop = El verificador se detuvo porque pedía una y otra vez los mismos documentos. Le rogamos que informe de este problema.
    .detail = Una protección del controlador (driver): la verificación volvió a pedir documentos sin avanzar (responda a cada solicitud con supply() o fail() antes de volver a avanzar).

limit-exceeded = Esta insignia es más grande o más compleja de lo que acepta este verificador, así que no se comprobó.
    .detail = { $what ->
        [input] La entrada
        [png-chunks] El número de fragmentos PNG
        [png-text-chunk] Un fragmento de texto de la insignia
        [png-inflated-text] El texto descomprimido de un fragmento de la insignia
        [xml-nodes] El número de nodos XML del SVG
        [xml-depth] El anidamiento de elementos del SVG
        [xml-text] Un texto del SVG
        [json-size] Un documento JSON
        [json-values] El número de valores JSON
        [json-depth] La profundidad de anidamiento JSON
        [json-write-depth] La profundidad de anidamiento de un valor JSON que se va a escribir
        [nquads-size] El texto N-Quads
        [quads] El número de declaraciones RDF
        [rdfc-work] El trabajo de hash de nodos en blanco de RDFC-1.0
        [rdfc-depth] La profundidad de recursión de Hash N-Degree Quads de RDFC-1.0
        [sd-signatures] El número de firmas de declaraciones de la prueba de divulgación selectiva
        [sd-labels] El número de entradas de la tabla de etiquetas de la prueba de divulgación selectiva
        [sd-mandatory-indexes] El número de índices de declaraciones obligatorias de la prueba de divulgación selectiva
        [context-depth] El anidamiento de contextos JSON-LD
        [remote-contexts] La cadena de contextos JSON-LD remotos
        [context-terms] El número de definiciones de términos JSON-LD
        [jsonld-work] El trabajo de procesamiento JSON-LD
        [jsonld-depth] El anidamiento del documento JSON-LD
       *[other] Un recurso ({ $what })
    } supera el límite `{ $limit }` ({ $max }).

credential-json = Se leyeron los datos de la insignia.
    .detail = Se decodificó una credencial Open Badges 3.0 (JSON con una prueba incrustada).

assertion-json = Se leyeron los datos de la insignia.
    .detail = Se decodificó una aserción Open Badges (JSON).

vc-jwt = Se leyeron los datos de la insignia.
    .detail = Se decodificó un VC-JWT Open Badges 3.0.

signed-assertion = Se leyeron los datos de la insignia.
    .detail = Se decodificó una aserción firmada Open Badges (JWS).

hosted-url = Esta insignia está publicada en el sitio web de su emisor.
    .detail = La insignia está alojada en { $url }.

not-a-badge = Este archivo contiene datos, pero no una insignia.
    .detail = Este JSON no es ni una aserción Open Badges ni una Verifiable Credential.

container-json = Este archivo contiene { $total ->
        [one] 1 insignia
       *[other] { $total } insignias
    }, cada una comprobada por separado abajo.
    .detail = { $container ->
        [presentation] Una Verifiable Presentation
        [clr] Un `ClrCredential` de CLR 2.0 (Comprehensive Learner Record)
       *[other] Una respuesta de la API de Open Badges 3.0 (`GetOpenBadgeCredentialsResponse`)
    } con { $total ->
        [one] { $total } credencial
       *[other] { $total } credenciales
    }.

container-empty = Este archivo no contiene ninguna insignia: no hay nada que verificar.
    .detail = { $container ->
        [presentation] La Verifiable Presentation no tiene `verifiableCredential`.
        [clr] El CLR no tiene `credentialSubject.verifiableCredential`.
       *[other] La respuesta de la API no tiene entradas `credential` ni `compactJwsString`.
    }

enveloped-invalid = Los datos de la insignia están envueltos de una forma que este verificador no sabe abrir.
    .detail = { $reason ->
        [media-type] El id del sobre es una URL `data:` de un tipo de medio distinto de `application/vc+jwt` o `application/vp+jwt`.
       *[other] El id del sobre no es una URL `data:application/vc+jwt,…` (o `vp+jwt`).
    }

enveloped-unsupported = Esta insignia está sellada en un formato que este verificador aún no sabe comprobar: nada de su contenido está confirmado, pero tampoco se encontró ningún error.
    .detail = { $reason ->
        [sd-jwt] La URL `data:` del sobre contiene un SD-JWT (un JWT con divulgación selectiva, `application/vc+sd-jwt`), que este verificador aún no lee.
       *[other] La URL `data:` del sobre contiene una credencial protegida con COSE (`application/vc+cose`), que este verificador aún no lee.
    }

json-syntax = Los datos de la insignia están dañados o incompletos, así que no se pueden leer.
    .detail = JSON no válido en la línea { $line }, columna { $column }.

json-not-utf8 = Los datos de la insignia están dañados, así que no se pueden leer.
    .detail = El JSON no es UTF-8 válido (byte { $offset }).

json-duplicate-key = Los datos de la insignia indican el mismo elemento dos veces, así que su contenido es ambiguo y no se consideran fiables.
    .detail = El objeto JSON tiene el miembro "{ $member }" dos veces; las claves duplicadas se rechazan porque los lectores no coinciden en cuál cuenta.

jsonld-invalid = Los datos de la insignia no se pueden interpretar como exige su firma, así que la firma no se puede comprobar.
    .detail = Error de procesamiento JSON-LD 1.1: { $reason }.

rdfc-invalid-quad = Los datos de la insignia no se pueden interpretar como exige su firma, así que la firma no se puede comprobar.
    .detail = El conjunto de datos tiene { $reason ->
        [literal-subject] un literal como sujeto
        [predicate-not-iri] un predicado que no es un IRI
        [literal-graph] un literal como nombre de grafo
       *[other] una declaración no válida
    }, lo que RDF (y por tanto RDFC-1.0) no permite.

base64-invalid = Una parte de los datos de la insignia está dañada, así que no se puede leer.
    .detail = Un valor no es base64 válido (o, en JOSE, no es base64url sin relleno).

base58-invalid = Una parte de los datos de la insignia está dañada, así que no se puede leer.
    .detail = Un valor no es base58btc válido.

multibase-unsupported = Una parte de los datos de la insignia tiene un formato que este verificador no admite.
    .detail = Se esperaba un valor multibase que empezara por `z` (base58btc) o `u` (base64url).

nquads-syntax = No se pudieron leer los datos.
    .detail = Error de sintaxis N-Quads en la línea { $line }, columna { $column }.

bake-invalid-payload = No se pueden leer los datos de insignia que se iban a incrustar en la imagen, así que no se creó ninguna imagen de insignia.
    .detail = Se rechaza incrustar un contenido que no se puede analizar como JSON ni como JWS compacto.

context-unknown = La insignia usa un vocabulario que este verificador no conoce, así que no se pudo comprobar su firma.
    .detail = El contexto JSON-LD { $url } no está incluido en este verificador, y los contextos nunca se descargan (su contenido forma parte de lo firmado).

## Códigos: la estructura de la insignia y las versiones de Open Badges (`schema`, `hosted-origin`, fechas, destinatarios)

schema-ok = La insignia contiene todo lo que necesita una Open Badge.
    .detail = La insignia cumple los requisitos estructurales de Open Badges { $version }. { $notes ->
        [0] Ninguna desviación de la especificación.
        [one] Una desviación de la especificación figura como nota.
       *[other] { $notes } desviaciones de la especificación figuran como notas.
    }

schema-invalid = { $cause ->
        [not-an-open-badge] Esto no es una Open Badge, así que no se puede verificar como tal.
        [no-issuer] La insignia no indica quién la emitió, así que nadie responde por ella.
        [no-subject] La insignia no indica a quién se otorgó ni por qué, así que no demuestra nada.
        [no-achievement] La insignia no indica qué se logró, así que no demuestra nada.
       *[other] Esta insignia está incompleta y no se puede leer como una Open Badge.
    }
    .detail = Fallos de esquema: { $causes } (en { $paths }). not-an-open-badge: a `type` le falta OpenBadgeCredential / AchievementCredential (EndorsementCredential para los respaldos); no-issuer: falta `issuer` o su `id`, o no es un URI; no-subject: no hay objeto `credentialSubject`; no-achievement: no hay objeto `achievement` (OB 2.0: no hay `badge`).

badgeclass-unavailable = No se pudo cargar la descripción de lo que acredita esta insignia, así que no se pudo comprobar. { $reason ->
        [offline] Vuelva a comprobarla cuando tenga conexión.
       *[other] Inténtelo de nuevo más tarde.
    }
    .detail = { $reason ->
        [absent] La aserción no tiene miembro `badge`.
        [not-a-link] El `badge` de la aserción no es ni un objeto ni una URL http(s).
        [status] No se pudo descargar la BadgeClass de { $url }: HTTP { $status }.
       *[other] No se pudo descargar la BadgeClass de { $url } ({ $reason }).
    }

issuer-unavailable = No se pudo cargar el perfil del emisor, así que no se pudo comprobar lo que dice sobre esta insignia. { $reason ->
        [offline] Vuelva a comprobarla cuando tenga conexión.
       *[other] Inténtelo de nuevo más tarde.
    }
    .detail = { $reason ->
        [absent] La BadgeClass no tiene miembro `issuer`.
        [not-a-link] El `issuer` de la BadgeClass no es ni un objeto ni una URL http(s).
        [not-read] El perfil del emisor no estaba disponible (véase la comprobación de esquema), así que no se pudo confirmar el propietario de la clave.
        [status] No se pudo descargar el perfil del emisor de { $url }: HTTP { $status }.
       *[other] No se pudo descargar el perfil del emisor de { $url } ({ $reason }).
    }

hosted-fetched = El sitio web del emisor confirma esta insignia.
    .detail = El servidor del emisor sirve esta aserción Open Badges { $version } en { $url }. (Una aserción 0.5 no indica su propia dirección; en su lugar se comprueba el `origin` de su emisor).

hosted-id-mismatch = El sitio web del emisor tiene una insignia distinta en esta dirección, así que esta insignia no es lo que dice ser.
    .detail = El documento servido en { $url } tiene un `{ $property }` distinto de esa dirección.

hosted-id-invalid = Esta insignia no indica dónde la publica el emisor, así que el emisor no puede confirmarla.
    .detail = Una aserción alojada sin un `id` http(s): no hay ningún servidor del emisor que la confirme.

hosted-url-unknown = Esta insignia antigua solo se puede confirmar a partir de su dirección web. Verifique el enlace de la insignia en lugar de su contenido.
    .detail = Una aserción Open Badges 0.5 proporcionada como JSON no indica ninguna dirección propia; solo es auténtica si el sitio de su emisor (su `origin`) la sirve.

hosted-unreachable = No se pudo acceder al sitio web del emisor para confirmar esta insignia. { $reason ->
        [offline] Vuelva a comprobarla cuando tenga conexión.
       *[other] Inténtelo de nuevo más tarde.
    }
    .detail = Es una insignia alojada, auténtica solo si el servidor del emisor todavía la sirve en { $url }, y eso no se pudo comprobar: { $reason ->
        [offline] el modo sin conexión está activado.
        [timeout] el servidor no respondió a tiempo.
        [connection] no se pudo contactar con el servidor.
        [cors] el navegador bloqueó la solicitud porque el servidor no permite solicitudes entre sitios (CORS).
        [status] el servidor respondió HTTP { $status }.
        [too-large] la respuesta superaba el tamaño permitido.
        [redirects] el servidor redirigió demasiadas veces.
        [not-json] la respuesta no es JSON utilizable.
        [too-many-documents] se necesitarían más documentos de los que permite `max_fetches`.
       *[other] no está permitido descargar esa dirección.
    }

hosted-origin-ok = La insignia está publicada en el propio sitio web del emisor.
    .detail = La aserción está alojada en { $host }, { $policy ->
        [starts-with] dentro de los prefijos `verification.startsWith` del emisor.
        [allowed-origins] uno de los `verification.allowedOrigins` del emisor.
        [origin] el `origin` Open Badges 0.5 del emisor.
       *[other] el host del id del emisor (no se indica ninguna política: el valor predeterminado de Open Badges 2.0).
    }

issuer-origin-unknown = Nada vincula la dirección web de esta insignia antigua con su emisor.
    .detail = El emisor Open Badges 0.5 no indica ningún `origin`, así que nada vincula la dirección de la aserción con el emisor.

issuer-not-http = El emisor no se identifica con un sitio web, así que no hay ninguna regla de sitio web que comprobar.
    .detail = El id del emisor "{ $issuer }" no es una URL http(s), así que no se aplica ninguna política de verificación alojada.

hosted-origin-mismatch = Esta insignia está publicada en un sitio web que el emisor no respalda, así que es posible que no sea del emisor.
    .detail = La aserción de { $url } está alojada en { $host }, pero { $policy ->
        [starts-with] el `verification.startsWith` del emisor solo permite { $allowed }.
        [allowed-origins] el `verification.allowedOrigins` del emisor solo permite { $allowed }.
        [origin] el `origin` Open Badges 0.5 de su emisor es { $allowed }.
       *[other] el id del emisor está en { $allowed } (no se indica ninguna política: el valor predeterminado de Open Badges 2.0).
    }

signature-missing = Esta insignia dice estar firmada, pero le falta la firma. Verifique la imagen de la insignia o el archivo firmado que le dio el emisor.
    .detail = El `verification.type` de la aserción es SignedBadge, pero es JSON sin su JWS.

proof-missing = Esta insignia no tiene firma, así que cualquiera podría haberla escrito.
    .detail = La credencial no tiene `proof` y no es un VC-JWT.

holder-signed = La firma de la presentación es auténtica y la hizo su titular.
    .detail = La prueba { $suite } (propósito `authentication`) se verifica con una clave que controla el titular { $holder }.

holder-key-mismatch = La presentación se firmó con la clave de otra persona, no con la de su titular, así que no demuestra que el titular presentara estas insignias.
    .detail = El titular es { $holder }, pero la presentación se firmó con la clave { $key }, que el titular no controla.

holder-key-unproven = La firma de la presentación es auténtica, pero nada demuestra que la clave pertenezca a su titular.
    .detail = El titular es { $holder }; nada vincula la clave de firma { $key } con él.

container-unsigned = { $container ->
        [presentation] Nadie firmó esta presentación en su conjunto; cada insignia que contiene lleva su propia firma, comprobada abajo.
       *[other] Este archivo no está firmado en su conjunto (su formato no tiene firma); cada insignia que contiene lleva la suya, comprobada abajo.
    }
    .detail = { $container ->
        [presentation] La Verifiable Presentation no tiene `proof`: no demuestra quién la presentó.
       *[other] Una `GetOpenBadgeCredentialsResponse` no tiene `proof` propio.
    }

expired = Esta insignia caducó el { $date }.
    .detail = `{ $property }` es { $dateIso }.

not-yet-valid = Esta insignia no es válida hasta el { $date }.
    .detail = `{ $property }` es { $dateIso }, posterior al momento de la verificación.

expiry-before-issue = Las fechas de esta insignia se contradicen: caduca antes de la fecha en que se emitió.
    .detail = `{ $property }` ({ $dateIso }) es anterior a `{ $issueProperty }` ({ $issueDateIso }).

date-invalid = Una de las fechas de esta insignia no se puede leer, así que su periodo de validez no se puede comprobar por completo.
    .detail = `{ $property }` es { $text }, que no es una fecha.

key-owner-mismatch = La clave que firmó esta insignia indica que pertenece a alguien distinto del emisor.
    .detail = La clave { $key } indica "{ $owner }" como su `owner`, no el emisor { $issuer }.

key-not-listed = El emisor no incluye la clave que firmó esta insignia entre sus propias claves.
    .detail = El emisor { $issuer } no incluye la clave { $key } en su `publicKey`.

key-origin-mismatch = La clave que firmó esta insignia está publicada en un sitio web distinto del del emisor.
    .detail = La clave está publicada en { $host }, pero el emisor { $issuer } está en { $issuerHost }.

jwk-kid-mismatch = La insignia indica dos claves distintas para su firma, así que no es fiable.
    .detail = La cabecera `jwk` y la clave indicada por `kid` ({ $key }) son claves distintas.

not-applicable-hosted = Esta insignia la confirma el sitio web del emisor, no una clave de firma.

no-status = La insignia no indica dónde comprobar si se ha revocado.
    .detail = No hay `credentialStatus` (OB 3.0) ni `revocationList` (emisor OB 2.0).

status-invalid = La entrada de revocación de la insignia está dañada, así que no se pudo comprobar la revocación.
    .detail = La entrada 1EdTechRevocationList no tiene `id`.

status-type-unsupported = Este tipo de comprobación de revocación no es compatible, así que no se pudo comprobar la revocación.
    .detail = El tipo de entrada de estado "{ $type }" no es compatible.

key-unavailable = No se encontró la clave que firmó esta insignia, así que no se pudo comprobar su firma. { $reason ->
        [offline] Vuelva a comprobarla cuando tenga conexión.
        [none-listed] Pida al emisor una insignia que indique su clave.
        [none-named] Pida al emisor una insignia que indique su clave.
       *[other] Inténtelo de nuevo más tarde.
    }
    .detail = { $reason ->
        [none-listed] La aserción no indica ninguna clave de firma (`verification.creator`, `verify.url` en 1.x) y el emisor no incluye ninguna (`publicKey`).
        [issuer-not-read] La aserción no indica ninguna clave de firma (`verification.creator`, `verify.url` en 1.x) y no se pudo leer el perfil del emisor.
        [none-named] El JWT no indica ninguna clave (ni cabecera `kid` ni `jwk`) y el emisor no es un did:key ni un did:jwk.
        [not-found] El JWT indica su clave como "{ $key }", que no se encontró.
        [status] No se pudo descargar la clave de firma de { $key }: HTTP { $status }.
       *[other] No se pudo descargar la clave de firma de { $key } ({ $reason }).
    }

jwt-claims-mismatch = El token firmado y la insignia que contiene indican personas o emisores distintos, así que no está claro quién emitió esta insignia ni a quién.
    .detail = Las declaraciones (claims) del JWT ({ $claims }) indican una parte distinta del `issuer` / `credentialSubject.id` de la credencial.

jws-alg-unlisted = Esta insignia está firmada con un método que su versión de Open Badges no contempla. El método es igual de seguro, y la firma se comprobó de todos modos.
    .detail = Firmada con { $algorithm }; las aserciones firmadas de Open Badges 2.0 contemplan { $allowed }.

jwt-claim-differs = El token firmado escribe un dato de esta insignia de forma algo distinta a la propia insignia. Se comprobaron ambos.
    .detail = La declaración (claim) del JWT es { $text }, pero la credencial indica { $stated }.

credential-refreshed = Esta insignia se sustituyó por la copia actualizada que publica su emisor, y se comprobó esa copia.
    .detail = El servicio `1EdTechCredentialRefresh` de la credencial en { $url } sirvió una copia nueva que se verifica como válida; este informe corresponde a la copia.

refresh-not-used = No se pudo usar la copia actualizada a la que remite esta insignia, así que se comprobó la insignia tal como se proporcionó.
    .detail = { $reason ->
        [not-valid] La copia servida por el servicio `1EdTechCredentialRefresh` en { $url } no se verifica como válida.
        [status] El servicio `1EdTechCredentialRefresh` en { $url } respondió HTTP { $status }.
       *[other] No se pudo descargar el servicio `1EdTechCredentialRefresh` en { $url } ({ $reason }).
    }

presentation-challenge = La presentación se firmó para una solicitud concreta; este verificador no puede saber si se está mostrando de nuevo.
    .detail = La prueba indica el challenge "{ $challenge }" y el dominio "{ $domain }". Se muestran, no se comprueban: este verificador no pidió un challenge al titular, así que no detecta una presentación repetida.

date-lenient = Una fecha de esta insignia está escrita en un formato antiguo; se leyó como { $date }.
    .detail = `{ $property }` no es una fecha y hora RFC 3339 con zona horaria; se leyó como { $dateIso } (se supuso UTC).

missing-member = Falta una parte de la descripción de la insignia que exige el estándar. Esto no debilita lo que demuestra la insignia.
    .detail = `{ $property }` es obligatorio{ $expected ->
        [string] {" "}y debe ser una cadena.
        [boolean] {" "}y debe ser true o false.
        [object] {" "}y debe ser un objeto.
       *[other] .
    }

missing-type = Una parte de la insignia no indica su tipo como pide el estándar. Esto no debilita lo que demuestra la insignia.
    .detail = `type` debería incluir { $expectedType }.

not-a-uri = Una referencia de la insignia no está escrita como dirección web o identificador. Esto no debilita lo que demuestra la insignia.
    .detail = El valor debe ser un URI, o un objeto Profile con un `id`.

nonstandard-context = La insignia no indica el vocabulario estándar exactamente como pide el estándar. Esto no debilita lo que demuestra la insignia.
    .detail = { $expected ->
        [vc-first] `@context` debería empezar por https://www.w3.org/ns/credentials/v2 (o https://www.w3.org/2018/credentials/v1 para VC 1.1).
        [ob3] `@context` debería incluir un contexto Open Badges 3.0 (https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.x.json).
       *[other] `@context` debería ser o incluir el contexto Open Badges 2.0 (https://w3id.org/openbadges/v2).
    }

no-recipient-identifier = La insignia no indica a quién se emitió.
    .detail = No hay `credentialSubject.id` ni `identifier` (OB 3.0; lo permite su esquema), o no hay `recipient` (OB 2.0).

image-data-uri = La imagen de la insignia está guardada dentro de la propia insignia en lugar de en la dirección del emisor. Esto no debilita lo que demuestra la insignia.
    .detail = El `image` de la aserción debería ser la URL de la imagen con la insignia incrustada, no un URI data:.

legacy-version = Es un tipo antiguo de Open Badge (versión { $version }); se leyó como se leen las insignias actuales.
    .detail = Aserción Open Badges { $version }, leída como su equivalente Open Badges 2.0, tal como la lee el validador de 1EdTech.

## Códigos: firmas y claves (`proof`, `issuer-key`)

signature-valid = La firma es auténtica: la insignia no se ha modificado desde que se firmó.
    .detail = La firma { $suite } se verifica correctamente.

signature-invalid = La firma no corresponde a esta insignia: se modificó después de firmarse, o la firmó alguien distinto del propietario de la clave. No confíe en esta insignia.
    .detail = { $reason ->
        [wrong-length] La firma { $algorithm } tiene una longitud incorrecta.
        [es256-der] La firma { $algorithm } está codificada en DER; las firmas ECDSA son el r‖s sin codificar (64 bytes en ES256, 96 en ES384; RFC 7518 §3.4).
        [es256-out-of-range] El r o el s de la firma { $algorithm } es cero o está fuera de rango.
        [small-order-key] La firma { $algorithm } no se verifica: la clave pública Ed25519 es un punto de orden pequeño, que puede coincidir con cualquier mensaje, y se rechaza.
        [sd-statement-count] Las declaraciones divulgadas no corresponden a la prueba de divulgación selectiva: contiene una firma por cada declaración no obligatoria, y sus números difieren (se añadió o se quitó una declaración).
        [sd-label-map] El documento divulgado tiene un nodo en blanco que la tabla de etiquetas de la prueba de divulgación selectiva no nombra (el documento se modificó).
        [sd-mandatory-index] Un índice de declaración obligatoria de la prueba de divulgación selectiva está más allá de la última declaración divulgada (se quitaron declaraciones).
       *[other] La firma { $algorithm } no se verifica con la clave: los bytes firmados se modificaron o la firma se hizo con otra clave.
    }

proof-value-invalid = La firma de esta insignia está dañada, así que no se puede comprobar. Pida al emisor una copia nueva de la insignia.
    .detail = { $reason ->
        [missing] La prueba no tiene una cadena `proofValue`.
        [not-multibase] `proofValue` no es multibase válido.
        [wrong-length] `proofValue` no se decodifica en una firma de 64 bytes (Ed25519, o `r ‖ s` de P-256).
        [sd-not-base64url] Un `proofValue` `ecdsa-sd-2023` debe estar en multibase base64url (prefijo `u`).
        [sd-header] El `proofValue` `ecdsa-sd-2023` no empieza ni con la cabecera de prueba base (0xd9 0x5d 0x00) ni con la de prueba derivada (0xd9 0x5d 0x01).
        [sd-structure] El `proofValue` derivado `ecdsa-sd-2023` no es el array CBOR [firma base (64 bytes), clave pública, firmas (64 bytes cada una), tabla de etiquetas (entero → bytes, cada clave una vez), índices obligatorios].
        [cbor-truncated] El CBOR del `proofValue` `ecdsa-sd-2023` termina en medio de un elemento.
        [cbor-wrong-type] El CBOR del `proofValue` `ecdsa-sd-2023` tiene un elemento del tipo equivocado (solo se usan enteros sin signo, cadenas de bytes, arrays y mapas).
        [cbor-indefinite] El CBOR del `proofValue` `ecdsa-sd-2023` usa una longitud indefinida.
        [cbor-reserved] El CBOR del `proofValue` `ecdsa-sd-2023` usa una codificación reservada (información adicional 28–30).
        [cbor-too-long] El CBOR del `proofValue` `ecdsa-sd-2023` indica una longitud o un número de elementos mayor que los datos.
        [cbor-trailing] El `proofValue` `ecdsa-sd-2023` tiene bytes después de su array CBOR.
       *[other] `proofValue` no es una firma multibase de 64 bytes (Ed25519, o `r ‖ s` de P-256).
    }

proof-purpose-mismatch = Esta firma no se hizo para emitir insignias, así que no demuestra que el emisor emitiera esta.
    .detail = El propósito de la prueba es "{ $text }"; { $expected ->
        [authentication] la firma de un titular en una presentación debe usar `authentication`.
       *[other] la firma de un emisor debe usar `assertionMethod`.
    }

proof-expired = La firma de esta insignia caducó el { $date }, así que ya no puede respaldar la insignia. Pida al emisor una copia firmada de nuevo.
    .detail = El `expires` de la prueba ({ $dateIso }) ya ha pasado.

proof-context-mismatch = La firma no abarca esta insignia tal como está escrita, así que no se puede comprobar.
    .detail = eddsa-jcs-2022: el `@context` de la prueba no es el comienzo del `@context` de la credencial.

sd-base-proof = Esta es la copia original de una insignia de divulgación selectiva, que el emisor entrega al titular de la insignia: no es una copia que se pueda comprobar. Pida al titular que comparta la insignia desde su cartera digital, lo que crea una copia verificable.
    .detail = El `proofValue` `ecdsa-sd-2023` tiene la cabecera de prueba base (0xd9 0x5d 0x00). Una prueba base va del emisor al titular, que deriva de ella una prueba (cabecera 0xd9 0x5d 0x01) que revela las declaraciones que elija; solo una prueba derivada se puede verificar, porque la prueba base requiere la clave HMAC del emisor. No se trata de una firma no válida.

verification-method-invalid = La insignia no indica correctamente qué clave la firmó, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [not-https] El método de verificación { $key } debe ser una URL https.
        [not-did-or-https] El método de verificación { $key } no es ni una URL DID ni una URL https.
        [fragment-key-invalid] La clave del fragmento de { $key } no es una Multikey válida.
        [missing] La prueba no tiene `verificationMethod`.
        [embedded-no-key] El método de verificación incrustado no tiene clave pública (`publicKeyMultibase` ni `publicKeyJwk`).
       *[other] El método de verificación { $key } está mal formado.
    }

jws-malformed = Los datos de la insignia están dañados o incompletos, así que no se pueden leer. Vuelva a descargar la insignia del lugar donde se emitió.
    .detail = { $reason ->
        [segment-count] Un JWS compacto tiene exactamente tres segmentos separados por `.`.
        [detached-payload] El segmento de contenido está vacío (un JWS con contenido separado); el JWS de una insignia lleva su contenido.
        [header-not-base64url] El segmento de cabecera no es base64url sin relleno (JWS prohíbe el relleno `=` y el alfabeto `+`/`/`).
        [payload-not-base64url] El segmento de contenido no es base64url sin relleno (JWS prohíbe el relleno `=` y el alfabeto `+`/`/`).
        [signature-not-base64url] El segmento de firma no es base64url sin relleno (JWS prohíbe el relleno `=` y el alfabeto `+`/`/`).
       *[other] El JWS compacto está mal formado.
    }

jws-header-invalid = La información de firma de la insignia está dañada, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [not-object] La cabecera JWS no es un objeto JSON.
        [not-json] La cabecera JWS no es JSON válido (UTF-8, sin miembros duplicados).
        [alg-not-string] El `alg` de la cabecera JWS no es una cadena.
        [b64-not-boolean] El `b64` de la cabecera JWS no es un booleano.
        [crit-not-array] El `crit` de la cabecera JWS no es una matriz no vacía.
        [crit-entry-not-string] Una entrada de `crit` de la cabecera JWS no es una cadena.
        [jwk-not-object] El `jwk` de la cabecera JWS no es un objeto JSON.
       *[other] La cabecera JWS no es válida.
    }

jws-alg-none = Esta insignia no está firmada en absoluto, así que cualquiera podría haberla escrito. No confíe en ella.
    .detail = { $reason ->
        [missing] La cabecera JWS no tiene `alg`; un JWS sin firmar no demuestra nada.
       *[other] La cabecera JWS indica `alg: none`: el token no está firmado.
    }

jws-alg-hmac = Esta insignia usa un tipo de firma que cualquiera podría falsificar, así que no demuestra nada. No confíe en ella.
    .detail = El JWS usa `{ $algorithm }`, un algoritmo HMAC (de secreto compartido). Las insignias se firman con algoritmos de clave pública; aceptar HMAC permitiría a cualquiera falsificar una insignia usando la clave pública publicada por el emisor como secreto HMAC.

jws-alg-not-allowed = Esta insignia está firmada de una forma que este tipo de insignia no permite, así que la firma no es fiable.
    .detail = El algoritmo JWS `{ $algorithm }` no se acepta para este formato (aceptados: { $allowed }).

jws-alg-unsupported = Esta insignia usa un método de firma que este verificador todavía no sabe comprobar, así que su firma no está confirmada. Eso no significa que sea falsa: compruébela con su emisor o con otro verificador.
    .detail = El algoritmo JWS `{ $algorithm }` es un algoritmo de clave pública registrado que este verificador no implementa (comprueba RS256, PS256, ES256, ES384 y EdDSA con Ed25519).

jws-crit-unsupported = La firma de esta insignia depende de una función que este verificador no admite, así que no se puede comprobar.
    .detail = El JWS marca como crítica la extensión de cabecera `{ $extension }` y este verificador no la implementa, así que debe rechazar el JWS (RFC 7515 §4.1.11).

jws-b64-unsupported = La firma de esta insignia tiene un formato que este verificador no admite, así que no se puede comprobar.
    .detail = La cabecera JWS tiene `b64: false` (un contenido sin codificar, RFC 7797), que las insignias no usan y que este verificador no implementa.

jwk-private-key = El emisor publicó su clave secreta de firma, así que cualquiera podría haber firmado esta insignia. No confíe en ella; conviene avisar al emisor.
    .detail = La JWK contiene el miembro de clave privada `{ $member }`: una clave publicada solo debe ser pública.

jwk-symmetric = La clave usada para esta insignia es un secreto compartido, que no demuestra nada sobre quién la firmó. No confíe en ella.
    .detail = La JWK es una clave secreta simétrica (`kty: oct`); solo se aceptan claves públicas.

jwk-invalid = La clave del emisor está mal formada, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [not-object] Una JWK debe ser un objeto JSON.
        [missing] La JWK no tiene miembro `{ $member }`.
        [not-string] El miembro `{ $member }` de la JWK debe ser una cadena.
        [not-base64url] El miembro `{ $member }` de la JWK no es base64url sin relleno.
        [wrong-length] El miembro `{ $member }` de la JWK se decodifica en un número de bytes incorrecto.
        [not-on-curve] La clave pública de la JWK (`{ $member }`) no es un punto válido de la curva.
       *[other] La JWK está mal formada.
    }

jwk-alg-mismatch = La clave del emisor se publicó para un tipo de firma distinto del que usa esta insignia, así que no la respalda.
    .detail = La clave está publicada solo para { $keyAlgorithm }, pero el token está firmado con { $algorithm } (RFC 7517 §4.4).

key-alg-mismatch = La clave no corresponde a este tipo de firma, así que la firma no puede ser auténtica.
    .detail = La firma declara el algoritmo { $algorithm }, pero la clave es { $keyType }; una clave solo se usa con su propio algoritmo.

key-unsupported = La clave del emisor es de un tipo que este verificador todavía no sabe comprobar, así que la firma no está confirmada. Eso no significa que la insignia sea falsa: compruébela con su emisor o con otro verificador.
    .detail = { $reason ->
        [okp-curve] La curva OKP `{ $text }` no es compatible.
        [ec-curve] La curva EC `{ $text }` no es compatible.
        [jwk-kty] El tipo de clave JWK `{ $text }` no es compatible.
        [multikey-codec] La Multikey es una clave { $text }, que este verificador no implementa.
        [pem-label] El bloque PEM `{ $text }` no es compatible (se esperaba `PUBLIC KEY` o `RSA PUBLIC KEY`).
        [spki-algorithm] El algoritmo de clave pública con OID { $text } no es compatible.
        [rsa-too-large] Un módulo RSA de { $text } bits es mayor de lo que acepta este verificador.
       *[other] La clave { $text } no es compatible.
    } Las claves compatibles son Ed25519, P-256, P-384 y RSA.

key-invalid = La clave del emisor está dañada o mal formada, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [wrong-length] La clave pública Ed25519 no tiene 32 bytes.
        [not-on-curve] La clave pública no es un punto válido de la curva.
        [too-long] El texto de la clave es más largo de lo que necesita cualquier clave compatible.
        [not-base58] El texto de la clave no es base58btc válido.
        [rsa-modulus-even] La clave pública RSA no es válida: su módulo es par o cero (un módulo RSA es un producto de primos impares).
        [rsa-modulus-too-small] La clave pública RSA no es válida: su módulo no es mayor que el exponente público.
        [rsa-exponent-even] La clave pública RSA no es válida: su exponente público es par.
        [rsa-exponent-too-small] La clave pública RSA no es válida: su exponente público es menor que 3.
        [rsa-exponent-too-large] La clave pública RSA no es válida: su exponente público es mayor que 2^33 − 1.
       *[other] Los bytes de la clave no forman una clave válida.
    }

rsa-key-too-small = La clave del emisor es demasiado débil para ser fiable: otra persona podría haber hecho esta firma.
    .detail = El módulo de la clave RSA tiene { $bits ->
        [one] { $bits } bit
       *[other] { $bits } bits
    }; las claves de menos de 2048 bits se pueden factorizar y no se aceptan (RFC 7518 §3.3).

rsa-key-weak = La clave del emisor se creó con un generador de claves defectuoso, así que cualquiera podría haber hecho esta firma. No confíe en ella; conviene avisar al emisor.
    .detail = La clave RSA tiene la estructura ROCA (CVE-2017-15361: chips Infineon, 2012-2017): su clave privada se puede calcular a partir de la clave pública.

multikey-invalid = La clave del emisor está mal formada o es de un tipo que no puede firmar, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [not-base58btc] Una Multikey debe ser multibase base58btc (empezar por `z`).
        [too-long] El texto de la Multikey es más largo de lo que necesita cualquier clave compatible.
        [not-base58] La Multikey no es base58btc válido.
        [no-codec] La Multikey no tiene un prefijo multicodec válido.
        [wrong-length] La Multikey lleva un número de bytes de clave incorrecto para su multicodec.
        [codec-x25519] La Multikey es x25519-pub (0xec), una clave de acuerdo de claves, no una clave de firma.
        [codec-private-key] La Multikey es una clave PRIVADA (ed25519-priv o p256-priv), que nunca debe publicarse.
       *[other] El multicodec de la Multikey es desconocido.
    } Solo se aceptan ed25519-pub (0xed, `z6Mk…`), p256-pub (0x1200, `zDn…`) y p384-pub (0x1201, `z82…`).

pem-invalid = La clave del emisor está mal formada, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [too-long] El texto PEM es más largo de lo que necesita cualquier clave pública.
        [no-begin] El texto no empieza por `-----BEGIN `.
        [begin-unterminated] La línea BEGIN del PEM no termina en `-----`.
        [no-end] El texto PEM no termina con la línea END correspondiente.
        [headers] El cuerpo PEM contiene cabeceras o un segundo bloque; se esperaba un único bloque de clave simple.
        [not-base64] El cuerpo PEM no es base64 válido.
        [spki-der] El SubjectPublicKeyInfo no se puede analizar (DER estricto).
        [spki-unused-bits] La cadena de bits de la clave del SubjectPublicKeyInfo tiene bits sin usar.
        [pkcs1-der] El RSAPublicKey PKCS#1 no se puede analizar (DER estricto).
        [rsa-parameters] El SubjectPublicKeyInfo rsaEncryption tiene parámetros distintos de NULL (RFC 3279 §2.3.1).
        [ed25519-parameters] El SubjectPublicKeyInfo Ed25519 tiene parámetros, lo que prohíbe RFC 8410 §3.
        [ec-no-curve] La clave EC no indica su curva.
       *[other] El texto no es una clave pública PEM.
    }

pem-private-key = El emisor publicó su clave secreta de firma, así que cualquiera podría haber firmado esta insignia. No confíe en ella; conviene avisar al emisor.
    .detail = El bloque PEM es un `{ $text }`: una clave publicada solo debe ser pública.

did-invalid = La insignia indica su clave de firma en un formato que no se puede leer, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [too-long] La URL DID supera los 8192 bytes aceptados.
       *[other] El texto no es un DID (se esperaba `did:<method>:<id>`, con el método en minúsculas y dígitos).
    }

did-key-invalid = La insignia indica su clave de firma en un formato que no se puede leer, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [path-or-query] El did:key tiene una ruta, una consulta o un segmento de versión; un did:key es `did:key:<multibase key>` con un fragmento opcional `#<same key>`.
        [wrong-fragment] El fragmento del did:key no repite la clave; el único método de verificación de un did:key es `did:key:<key>#<key>`.
       *[other] El did:key está mal formado.
    }

did-jwk-invalid = La insignia indica su clave de firma en un formato que no se puede leer, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [path-or-query] El did:jwk tiene una ruta o una consulta; un did:jwk es `did:jwk:<base64url JWK>` con un fragmento opcional `#0`.
        [wrong-fragment] El fragmento del did:jwk no es `#0`, su único método de verificación.
        [not-base64url] El id del did:jwk no es base64url sin relleno.
        [not-json] El id del did:jwk no es una JWK en JSON.
        [encryption-key] La clave del did:jwk está marcada `use: enc`: es una clave de acuerdo de claves y no puede hacer aserciones.
       *[other] El did:jwk está mal formado.
    }

did-web-invalid = La insignia indica su clave de firma en una dirección web que no se puede usar, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [not-did-web] El texto no empieza por `did:web:`.
        [port] El puerto del did:web no es un número del 1 al 65535.
        [host-empty] El host del did:web está vacío.
        [host-too-long] El host del did:web tiene más de 253 caracteres.
        [host-not-domain] El host del did:web no es un nombre de dominio (solo letras, dígitos, `-` y `.`; un puerto debe escribirse `%3A`).
        [host-ip] El host del did:web es una dirección IP; el método did:web solo admite nombres de dominio.
        [segment-empty] Un segmento de ruta del did:web está vacío o es un paso relativo (`.`/`..`).
        [segment-escape] Un segmento de ruta del did:web tiene un `%` que no va seguido de dos dígitos hexadecimales.
        [segment-char] Un segmento de ruta del did:web contiene un carácter que un DID no puede contener.
       *[other] El did:web no se puede usar.
    }

did-document-invalid = El documento de claves del emisor no se puede usar, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [not-object] El documento DID o de controlador no es un objeto JSON.
        [defined-twice] El documento { $url } define el método de verificación más de una vez, de forma distinta; es ambiguo qué clave se quiere decir.
       *[other] El documento DID o de controlador { $url } no se puede usar.
    }

did-document-mismatch = El documento de claves encontrado describe a otra entidad, así que no puede respaldar esta insignia.
    .detail = El documento descargado para { $url } tiene `id` "{ $text }"; un documento que describe otro identificador no puede respaldar este.

key-not-found = El documento de claves del emisor no contiene la clave que firmó esta insignia, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [listed-not-defined] El documento { $url } incluye { $key } pero no lo define; no se siguen los métodos definidos en otros documentos.
       *[other] El documento { $url } no define el método de verificación { $key }.
    }

key-not-authorized = La clave que firmó esta insignia existe, pero su propietario no la ha autorizado para firmar insignias.
    .detail = { $reason ->
        [other-relationship] El método de verificación { $key } figura en { $url } solo en otras relaciones, no en `{ $property }`.
       *[other] El método de verificación { $key } no figura en ninguna relación de verificación en { $url }, así que tampoco en `{ $property }`.
    }

vm-invalid = La entrada de clave del emisor está mal formada, así que la firma no se puede comprobar.
    .detail = { $reason ->
        [controller-not-string] El método de verificación { $key } tiene un `controller` que no es una cadena.
        [no-controller] El método de verificación { $key } no tiene `controller`, así que nada indica de quién es la clave.
        [no-key-material] El método de verificación { $key } no tiene `publicKeyMultibase`, `publicKeyJwk` ni `publicKeyBase58`.
        [several-key-materials] El método de verificación { $key } tiene varias representaciones de clave.
        [type-member-mismatch] El método de verificación { $key } lleva su clave en un miembro distinto del que exige su `type`.
        [not-string] El método de verificación { $key } tiene un miembro de clave que no es una cadena.
        [encryption-key] El método de verificación { $key } tiene una JWK marcada como clave de cifrado (`use: enc`, o `key_ops` que solo indica operaciones de cifrado), que no puede firmar.
        [type-key-mismatch] El método de verificación { $key } es de tipo Ed25519VerificationKey, pero contiene otro tipo de clave.
       *[other] El método de verificación { $key } está mal formado.
    }

vm-private-key = El emisor publicó su clave secreta de firma, así que cualquiera podría haber firmado esta insignia. No confíe en ella; conviene avisar al emisor.
    .detail = El método de verificación { $key } publica material de clave privada (`{ $member }`).

vm-key-mismatch = Los documentos del emisor no coinciden sobre qué clave es esta, así que no es fiable.
    .detail = El documento de controlador { $url } define { $key } con una clave distinta de la que publica su propio documento.

unsupported-cryptosuite = Esta insignia está firmada con un método que este verificador no admite, así que no se pudo comprobar su firma.
    .detail = El tipo de prueba "{ $suite }" no es compatible.

key-unresolved = No se pudo obtener la clave del emisor, así que no se pudo comprobar la firma. Inténtelo de nuevo más tarde o cuando tenga conexión.
    .detail = { $reason ->
        [did-method] La clave { $key } usa un método DID que este verificador no admite.
        [pending] La clave { $key } todavía se estaba descargando.
        [offline] La clave { $key } no se descargó de { $url }: el modo sin conexión está activado.
        [timeout] No se pudo descargar la clave { $key } de { $url }: el servidor no respondió a tiempo.
        [connection] No se pudo descargar la clave { $key } de { $url }: no se pudo contactar con el servidor.
        [cors] No se pudo descargar la clave { $key } de { $url }: el navegador bloqueó la solicitud (CORS).
        [status] No se pudo descargar la clave { $key } de { $url }: el servidor respondió HTTP { $status }.
        [too-large] No se pudo descargar la clave { $key } de { $url }: la respuesta superaba el tamaño permitido.
        [redirects] No se pudo descargar la clave { $key } de { $url }: demasiadas redirecciones.
        [redirected-off-site] No se pudo usar la clave { $key }: { $url } redirigió a otro sitio.
        [not-json] El documento de { $url } para la clave { $key } no es JSON utilizable.
        [too-many-documents] La clave { $key } no se descargó de { $url }: se necesitarían más documentos de los que permite `max_fetches`.
       *[other] No se pudo descargar la clave { $key } de { $url }.
    }

key-not-bound = La firma es auténtica, pero nada demuestra que la clave pertenezca al emisor que figura en la insignia.
    .detail = { $reason ->
        [other-controller] La clave pertenece a { $key }, y nada demuestra que esta clave represente al emisor.
        [not-on-issuer-site] La clave de { $key } no está en el sitio del emisor.
        [no-web-origin] La clave procede del propio token, y el emisor no tiene un origen web donde publicar sus claves.
        [jwks-unavailable] No se pudo descargar el conjunto de claves del emisor de { $key }, así que nada demuestra que la clave sea del emisor.
        [controller-unavailable] No se pudo descargar el documento de controlador { $key }.
        [embedded] La clave está incrustada en la propia prueba (controlador { $key }); nada del emisor la confirma.
        [fragment-unresolvable] La clave está escrita en la dirección { $key }, que no se puede consultar, así que nada del emisor la confirma.
       *[other] Nada vincula la clave { $key } con el emisor.
    }

key-not-issuer = Esta insignia se firmó con la clave de otra entidad, no con la del emisor. No confíe en ella.
    .detail = La credencial declara como emisor a { $issuer }, pero se firmó con la clave { $key }, que no es del emisor.

jwks-invalid = La lista de claves publicada por el emisor está mal formada, así que no puede confirmar la clave.
    .detail = El JWK Set no es un objeto JSON con una matriz `keys` (RFC 7517 §5).

jwks-kid-ambiguous = La lista de claves publicada por el emisor da el mismo nombre a varias claves distintas, así que no puede confirmar cuál firmó esta insignia.
    .detail = Varias entradas del conjunto de claves del emisor tienen el `kid` "{ $kid }" con claves distintas.

jwks-key-mismatch = La clave que firmó esta insignia no es la que el emisor publica con ese nombre. No confíe en ella.
    .detail = El conjunto de claves del emisor asigna el `kid` "{ $kid }" a una clave distinta de la que lleva el token.

jwks-iss-mismatch = La clave publicada por el emisor figura como perteneciente a otra entidad, así que no respalda esta insignia.
    .detail = La clave correspondiente del conjunto de claves del emisor tiene `iss` "{ $text }", pero el emisor es { $issuer }.

jwks-key-use = La clave publicada por el emisor está destinada al cifrado, no a la firma, así que no respalda esta insignia.
    .detail = La clave correspondiente del conjunto de claves del emisor es una clave de cifrado (`use: enc`, o `key_ops` que solo indica operaciones de cifrado).

key-bound = La clave que firmó esta insignia pertenece al emisor.
    .detail = Está demostrado que la clave es del emisor: es el propio DID del emisor, figura en su documento DID, documento de controlador o conjunto de claves, o el emisor la publica como propia.

key-from-fragment = La firma es auténtica, pero el emisor no ha confirmado que la clave le pertenezca.
    .detail = La clave se leyó del fragmento de la URL del método de verificación, y el documento de esa URL no la confirma.

## Códigos: revocación, el proceso de verificación, insignias alojadas (`revocation`, `recipient`, cualquier comprobación)

in-period = La insignia está dentro de su periodo de validez.
    .detail = { $dates ->
        [issue-and-expiry] La hora actual está entre la fecha de emisión y la fecha de caducidad.
        [issue] La hora actual es posterior a la fecha de emisión; la insignia no indica fecha de caducidad.
        [expiry] La hora actual es anterior a la fecha de caducidad; la insignia no indica fecha de emisión.
       *[other] La insignia no indica fechas.
    } Las fechas figuran en `issued` y `expires` del informe.

not-revoked = { $purpose ->
        [suspension] El emisor no ha suspendido esta insignia.
        [revocation] El emisor no ha revocado esta insignia.
       *[other] El emisor no ha marcado esta insignia.
    }
    .detail = { $source ->
        [status-list] La entrada `{ $purpose }` de la credencial en la lista de estado de { $url } no está activada.
        [hosted] El servidor del emisor todavía sirve la aserción en { $url } y no la marca como revocada.
       *[other] La credencial no figura en la lista de revocación del emisor de { $url }.
    }

status-set = El emisor ha puesto en esta insignia una marca que no afecta a su validez.
    .detail = El valor de estado `{ $purpose }` de la credencial es { $value }.

revoked = El emisor ha revocado esta insignia: ya no se debe confiar en ella.
    .detail = { $source ->
        [status-list] La entrada `revocation` de la credencial en la lista de estado de { $url } está activada.
        [hosted] El servidor del emisor en { $url } marca la aserción como revocada (`revoked: true` o HTTP 410 Gone).
       *[other] La lista de revocación del emisor de { $url } incluye esta insignia.
    } Motivo indicado por el emisor, si lo hay: "{ $revocationReason }"

suspended = El emisor ha suspendido esta insignia por ahora: no se debe confiar en ella mientras esté suspendida.
    .detail = La entrada `suspension` de la credencial (índice { $index }) en la lista de estado de { $url } está activada.

status-index-out-of-range = No se pudo comprobar si el emisor ha revocado esta insignia, porque la insignia remite a una posición posterior al final de la lista del emisor.
    .detail = El índice de estado { $index } está fuera de la lista de estado, que contiene { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    } del `statusSize` de la entrada.

status-entry-invalid = La información de revocación de la insignia está mal formada, así que no se puede comprobar si se ha revocado. Pida al emisor una insignia corregida.
    .detail = { $reason ->
        [wrong-type] El `type` de la entrada de estado no es ni `BitstringStatusListEntry` ni `StatusList2021Entry`.
        [missing] La entrada de estado no tiene `{ $property }`.
        [not-an-index] El `{ $property }` de la entrada de estado no es un entero en base 10 entre 0 y 18446744073709551615.
        [not-http] El `{ $property }` de la entrada de estado no es una URL http(s).
        [id-is-list-url] El `{ $property }` de la entrada de estado es igual a su `statusListCredential`; el id de la entrada no debe ser la URL de la lista.
        [size-unsupported] El `{ $property }` de la entrada de estado no es compatible (enteros del 1 al 8).
       *[other] El `{ $property }` de la entrada de estado está mal formado.
    }

status-unreachable = No se pudo comprobar si el emisor ha revocado esta insignia, porque no se pudo descargar su lista de revocación. Inténtelo de nuevo más tarde.
    .detail = No se pudo descargar la lista de estado o de revocación de { $url }: { $reason ->
        [offline] el modo sin conexión está activado, así que no se descarga nada.
        [timeout] el servidor no respondió a tiempo.
        [connection] no se pudo contactar con el servidor (fallo de DNS, de conexión o de TLS).
        [cors] el navegador bloqueó la solicitud porque el servidor no permite solicitudes entre sitios (CORS).
        [status] el servidor respondió HTTP { $status }.
        [too-large] la respuesta superaba el tamaño permitido.
        [redirects] el servidor redirigió demasiadas veces.
        [refused] no está permitido descargar esa dirección.
        [not-http] no es una URL http(s).
        [too-many-documents] se necesitarían más documentos de los que permite el límite `max_fetches`.
        [not-json] el documento no es JSON utilizable.
       *[other] la descarga falló.
    }

status-list-untrusted = No se pudo comprobar si el emisor ha revocado esta insignia, porque no se puede demostrar que la lista de revocación proceda del emisor.
    .detail = La lista de estado de { $url } no es fiable: { $reason ->
        [redirected-off-site] la solicitud se redirigió a otro sitio, y las listas de estado solo se aceptan del sitio que indica la insignia.
        [unsigned] la credencial de la lista no lleva prueba.
        [not-signed-by-issuer] ninguna prueba de la credencial de la lista se verifica con una clave vinculada al emisor de la lista.
        [status] el servidor respondió HTTP { $status }.
       *[other] no se pudo comprobar su prueba.
    }

status-list-invalid = No se pudo comprobar si el emisor ha revocado esta insignia, porque su lista de revocación tiene un formato que este verificador no puede leer.
    .detail = { $reason ->
        [wrong-type] El documento no es una `BitstringStatusListCredential` ni una `StatusList2021Credential` (el tipo que pide la entrada de estado).
        [no-subject] La credencial de la lista de estado no tiene `credentialSubject`.
        [several-subjects] La credencial de la lista de estado debe tener exactamente un objeto `credentialSubject` (la lista).
        [wrong-subject-type] El sujeto de la credencial de la lista de estado no es una `BitstringStatusList` ni una `StatusList2021`.
        [no-encoded-list] La credencial de la lista de estado no tiene una cadena `encodedList`.
       *[other] El documento no es una credencial de lista de estado.
    }

status-list-expired = No se pudo comprobar si el emisor ha revocado esta insignia, porque su lista de revocación caducó el { $date }.
    .detail = La credencial de la lista de estado de { $url } tiene `validUntil` { $dateIso }, una fecha pasada.

status-list-corrupt = No se pudo comprobar si el emisor ha revocado esta insignia, porque su lista de revocación está dañada.
    .detail = { $reason ->
        [not-base64] `encodedList` no es base64 ni base64url multibase.
        [not-gzip] La lista decodificada no es gzip (no empieza por 1f 8b).
        [gzip-method] El método de compresión gzip no es 8 (deflate).
        [gzip-reserved-flags] La cabecera gzip activa bits de indicador reservados.
        [gzip-truncated] Los datos gzip terminan antes que su cabecera, sus datos o su cola CRC-32/longitud de 8 bytes.
        [gzip-header-crc] El CRC de la cabecera gzip no coincide con la cabecera.
        [deflate-invalid] Los datos deflate del gzip están dañados.
        [gzip-crc] El CRC-32 de la cola gzip no coincide con la lista descomprimida: la lista se dañó.
        [gzip-length] La longitud de la cola gzip (mod 2^32) no coincide con la lista descomprimida.
        [gzip-trailing-bytes] Hay bytes después del miembro gzip; una lista de estado es exactamente un miembro gzip (RFC 1952).
       *[other] La lista codificada no se puede decodificar.
    }

status-purpose-mismatch = No se pudo comprobar si el emisor ha revocado esta insignia, porque la lista a la que remite sirve para otra cosa.
    .detail = La entrada de estado de la credencial tiene `statusPurpose` "{ $purpose }", pero la lista a la que remite es para "{ $listPurposes }"; la lista no dice nada sobre este propósito.

status-list-short = La lista de revocación del emisor es más pequeña de lo que pide el estándar, lo que puede facilitar saber qué insignia se está comprobando. Aun así, se leyó.
    .detail = La lista de estado de { $url } contiene { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }, menos de las 131072 que pide la especificación Bitstring Status List para proteger la privacidad de los titulares.

recipient-not-requested = No se indicó ningún destinatario con el que cotejar esta insignia.
    .detail = Indique una dirección de correo electrónico, una URL u otro identificador para comprobar si la insignia se emitió a ese destinatario.

recipient-not-stated = La insignia no indica a quién se emitió, así que no se puede cotejar con ninguna persona.
    .detail = La insignia no indica ninguna identidad de destinatario (`credentialSubject.id` / `identifier`, o `recipient.identity` en OB 2.0) con la que comparar.

recipient-match = La insignia se emitió a la persona indicada.

recipient-mismatch = La insignia se emitió a otra persona, no a la indicada.

not-applicable = Esta comprobación no se aplica a este tipo de insignia.

not-reached = { $blockedBy ->
        [proof] No se comprobó, porque antes no se pudo verificar la firma de la insignia.
       *[other] No se comprobó, porque el archivo no se pudo leer como una insignia.
    }

jws-payload-invalid = Los datos de esta insignia están dañados o no tienen un formato de insignia, así que no se pueden leer.
    .detail = { $reason ->
        [not-an-object] El contenido del JWS es JSON, pero no un objeto JSON.
        [not-json] El contenido del JWS no es JSON.
       *[other] El contenido del JWS no es un objeto JSON.
    }

## Códigos: notas (desviaciones que no debilitan nada)

hidden-characters = Parte del texto de esta insignia contiene caracteres invisibles o que cambian la dirección del texto; se muestran como ⟨U+XXXX⟩ para que el texto no pueda hacerse pasar por otro.
    .detail = Los puntos de código de control bidireccional, de ancho cero u otros invisibles se sustituyeron por ⟨U+XXXX⟩ en los campos de presentación del informe; `credential` conserva el texto original.

not-an-open-badge = Este archivo no es una Open Badge.
    .detail = No es ni una credencial Open Badges 3.0 (`OpenBadgeCredential` / `AchievementCredential`) ni una aserción Open Badges 2.0.

no-issuer = La insignia no indica quién la emitió.
    .detail = No hay `issuer` (OB 3.0) ni `badge.issuer` (OB 2.0).

no-subject = La insignia no indica por qué se otorgó ni a quién.
    .detail = No hay `credentialSubject`.

no-achievement = La insignia no indica qué se logró.
    .detail = No hay `credentialSubject.achievement` (OB 3.0) ni `badge` (OB 2.0).

## Página de verificación

ui-pending = Comprobando…
ui-idle = Aún no comprobada
ui-untitled = Insignia sin título
ui-no-badge = No hay ninguna insignia en este archivo
ui-no-badge-hint = Descargue la insignia original (el archivo de imagen que contiene los datos de la insignia) desde el sitio web del emisor o la plataforma de insignias, y no una captura de pantalla ni una copia guardada de nuevo.
ui-show-details = Ver detalles
ui-hide-details = Ocultar detalles
ui-issuer-site = Sitio web del emisor
ui-verification-link = Enlace de verificación (permite a cualquiera comprobar esta insignia)
ui-credential = Credencial
ui-no-credential = No se pudo decodificar ninguna credencial.
ui-member = Insignia { $n } de { $total }
ui-container = { $container ->
        [presentation] Presentación de insignias
        [clr] Registro de aprendizaje
       *[other] Conjunto de insignias
    }
page-title = Verificar una insignia Open Badges · badgeverify
page-heading = Verificar una insignia Open Badges
page-language = Idioma
page-lede = Open Badges 3.0, 2.0 y las versiones anteriores 1.1, 1.0 y 0.5: imágenes PNG o SVG con la insignia incrustada, aserciones y credenciales JSON, VC-JWT y URL de aserciones alojadas.
page-privacy-title = Privacidad desde el diseño:
page-privacy = sus archivos se leen y se verifican en este navegador mediante WebAssembly y nunca se suben a ningún servidor. Esta página solo solicita los documentos que la propia verificación necesita —aquello a lo que remite la insignia (una aserción alojada, el perfil y las claves del emisor, una lista de revocación o de estado)—, que se obtienen directamente de los servidores del emisor (o, si esta página la sirve «badgeverify serve», a través de ese programa en su propio equipo). Un enlace de verificación lleva la insignia después de su #, que los navegadores nunca envían a ningún servidor.
page-inputs =
    .aria-label = Insignias que verificar
page-drop-title = Arrastre aquí los archivos de insignias
page-drop-hint = PNG, SVG, JSON, JWT: uno o varios archivos, comprobados en este navegador.
page-choose-files = Elegir archivos…
page-paste-label = …o pegue la URL de una aserción alojada, un JSON o un JWT
page-paste-field =
    .placeholder = https://… o {"{"} "@context": … {"}"} o eyJ…
page-verify = Verificar
page-recipient-label = Comprobar si esta insignia se emitió a…
page-optional = (opcional)
page-recipient-field =
    .placeholder = alice@example.org, una URL o un DID
page-recipient-hint = Se compara en su propio equipo con el destinatario de la insignia (que puede estar oculto mediante un hash); cada insignia se vuelve a comprobar cuando cambia este dato.
page-offline = Sin conexión: no descargar nada
page-offline-hint = Las insignias que necesitan los documentos de su emisor aparecerán entonces con «verificación incompleta».
page-clear = Borrar todo
page-results =
    .aria-label = Resultados
page-demo-link = demostración del elemento <open-badge>
page-served = servida por badgeverify serve en este equipo (la demostración del elemento <open-badge> es www/demo.html en el repositorio)
page-checking = Comprobando { $left } de { $total }…
page-tally = { $total ->
        [one] { $total } insignia comprobada
       *[other] { $total } insignias comprobadas
    }: { $parts }
page-tally-valid = { $n ->
        [one] { $n } verificada
       *[other] { $n } verificadas
    }
page-tally-invalid = { $n ->
        [one] { $n } no verificada
       *[other] { $n } no verificadas
    }
page-tally-indeterminate = { $n } con verificación incompleta
page-remove =
    .aria-label = Quitar { $title }
page-copy-credential = Copiar credencial
page-download-credential = Descargar credencial
page-download-report = Descargar informe
page-copy-link = Copiar enlace de verificación
page-copied = Copiado.
page-copy-refused = El navegador no permitió copiar; use «Descargar» en su lugar.
page-no-link = Sin enlace: { $reason }
page-link-copied = Enlace copiado ({ $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    }).
page-link-not-copied = El navegador no permitió copiar; el enlace tiene { $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    }.
page-from-link = Insignia recibida por enlace
page-pasted-text = Texto pegado
page-pasted-json = JSON pegado
page-pasted-jwt = JWT pegado
page-link-damaged = Este enlace de verificación está dañado ({ $reason }); pida de nuevo el enlace o verifique directamente el archivo de la insignia.
