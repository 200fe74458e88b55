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
