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
summary-unestablished = No hay nada incorrecto en esta insignia, pero no se pudo confirmar quién la firmó.
    .detail = No se estableció ni una prueba superada con una clave vinculada al emisor ni una comprobación `hosted-origin` superada.

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
ui-not-stated = no indicado
ui-hashed = (oculto como hash en la insignia)
ui-matches = coincide con la persona que usted indicó
ui-does-not-match = NO coincide con la persona que usted indicó
ui-checks = Comprobaciones
ui-notes = Notas (no cambian el resultado)
ui-technical-details = Detalles técnicos
ui-outcome-pass = superada
ui-outcome-fail = fallida
ui-outcome-warn = no establecida
ui-outcome-skip = omitida
cli-tally = { $total ->
        [one] 1 archivo
       *[other] { $total } archivos
    }: { $valid } verificadas, { $invalid } no verificadas, { $indeterminate } con verificación incompleta, { $error } no se pudieron comprobar

## Códigos: lectura del archivo y de los datos de la insignia (comprobaciones `container` y `payload`)

container-ok = Se leyó el archivo de la insignia.
    .detail = { $container ->
        [png] Se leyó el PNG fragmento a fragmento (con todos los CRC comprobados) y se encontraron datos de insignia incrustados.
        [svg] Se encontró un elemento de insignia incrustado en el SVG.
        [json] La entrada es texto JSON.
        [url] La entrada es una URL.
       *[other] La entrada es un JWS compacto.
    }

no-badge-data = Esta imagen no contiene ninguna insignia. Una captura de pantalla o una copia guardada de nuevo pierde la insignia que lleva dentro: descargue la imagen de la insignia del sitio del emisor o de la plataforma de insignias y compruebe ese archivo.
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
    .detail = Una protección del controlador: la verificación volvió a pedir documentos sin avanzar (responda a cada solicitud con supply() o fail() antes de volver a avanzar).

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

