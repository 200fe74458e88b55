# Mensajes de badgeverify en español (traducidos de en.ftl; véase su encabezado).

## Fechas

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

## Nombres de las comprobaciones

check-container = Archivo
check-payload = Datos de la insignia
check-schema = Estructura de la insignia
check-proof = Firma
check-issuer-key = Clave del emisor
check-validity-period = Fechas
check-revocation = Revocación
check-recipient = Destinatario
check-hosted-origin = Sitio web del emisor

## Lo que muestran el widget, la página de verificación y la CLI en torno a los mensajes

ui-valid = Verificada
ui-invalid = No verificada
ui-indeterminate = No se pudo comprobar del todo
ui-error = No se pudo comprobar
ui-badge = Insignia
ui-issued-by = Emitida por
ui-recipient = Otorgada a
ui-issued = Emitida el
ui-expires = Caduca el
ui-not-stated = no indicado
ui-hashed = (oculto como hash en la insignia)
ui-matches = coincide con la persona indicada
ui-does-not-match = NO coincide con la persona indicada
ui-checks = Comprobaciones
ui-notes = Notas (no cambian el resultado)
ui-technical-details = Detalles técnicos
ui-outcome-pass = superada
ui-outcome-fail = fallida
ui-outcome-warn = no establecida
ui-outcome-skip = omitida
ui-pending = Comprobando…
ui-idle = Aún no comprobada
ui-untitled = Insignia sin título
ui-no-badge = No hay ninguna insignia en este archivo
ui-no-badge-hint = Descargue la insignia original (el archivo de imagen que lleva dentro los datos de la insignia) desde el sitio del emisor o la plataforma de insignias, no una captura de pantalla ni una copia guardada de nuevo.
ui-show-details = Detalles
ui-hide-details = Ocultar detalles
ui-issuer-site = Emisor
ui-verification-link = Enlace de verificación (cualquiera puede comprobar esta insignia con él)
ui-credential = Credencial
ui-no-credential = No se pudo decodificar ninguna credencial.
