<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Measurement</name>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>mean %1 SD %2 %3
min %4 max %5
area %6 mm²</source>
        <translation>Mittelwert %1 SD %2 %3
Min %4 Max %5
Fläche %6 mm²</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Brain</source>
        <translation>Hirn</translation>
    </message>
    <message>
        <source>Subdural</source>
        <translation>Subdural</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Schlaganfall</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Mediastinum</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Leber</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The file ends early: it is truncated or damaged.</source>
        <translation>Die Datei endet vorzeitig: Sie ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>The file is damaged: its DICOM structure cannot be parsed.</source>
        <translation>Die Datei ist beschädigt: Ihre DICOM-Struktur kann nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Die Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file could not be read as DICOM (%1).</source>
        <translation>Die Datei konnte nicht als DICOM gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The file&apos;s transfer syntax could not be determined.</source>
        <translation>Die Transfer-Syntax der Datei konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The file is DICOM but names no study, series or instance, so it cannot be placed in a study.</source>
        <translation>Die Datei ist eine DICOM-Datei, nennt aber keine Studie, Serie oder Instanz und kann daher keiner Studie zugeordnet werden.</translation>
    </message>
    <message>
        <source>The image has no size (Rows or Columns is missing).</source>
        <translation>Das Bild hat keine Abmessungen (das Attribut Rows oder Columns fehlt).</translation>
    </message>
    <message>
        <source>Images with %1 bits per sample are not supported.</source>
        <translation>Bilder mit %1 Bit pro Sample werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Images with %1 samples per pixel are not supported.</source>
        <translation>Bilder mit %1 Samples pro Pixel werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The pixel data is shorter than the image size requires (%1 of %2 bytes).</source>
        <translation>Die Pixeldaten sind kürzer, als es die Bildgröße erfordert (%1 von %2 Byte).</translation>
    </message>
    <message>
        <source>The file is truncated: its pixel data stops %1 bytes short.</source>
        <translation>Die Datei ist abgeschnitten: Ihre Pixeldaten sind um %1 Byte zu kurz.</translation>
    </message>
    <message>
        <source>The DICOMDIR could not be read. %1</source>
        <translation>Das DICOMDIR konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>fragment %1 is missing</source>
        <translation>Fragment %1 fehlt</translation>
    </message>
    <message>
        <source>fragment %1 could not be read</source>
        <translation>Fragment %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the compressed pixel data holds no fragments</source>
        <translation>die komprimierten Pixeldaten enthalten keine Fragmente</translation>
    </message>
    <message>
        <source>the fragments could not be matched to %1 frames</source>
        <translation>die Fragmente konnten nicht %1 Frames zugeordnet werden</translation>
    </message>
    <message>
        <source>the compressed pixel data has no fragment for this frame</source>
        <translation>die komprimierten Pixeldaten enthalten kein Fragment für diesen Frame</translation>
    </message>
    <message>
        <source>the JPEG 2000 codestream is empty</source>
        <translation>der JPEG-2000-Codestream ist leer</translation>
    </message>
    <message>
        <source>the JPEG 2000 decoder could not be set up</source>
        <translation>der JPEG-2000-Decoder konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>the JPEG 2000 header is damaged</source>
        <translation>der JPEG-2000-Header ist beschädigt</translation>
    </message>
    <message>
        <source>the JPEG 2000 codestream is damaged or truncated</source>
        <translation>der JPEG-2000-Codestream ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the JPEG 2000 image has %1 components, the header says %2</source>
        <translation>das JPEG-2000-Bild hat %1 Komponenten, laut DICOM-Header sind es %2</translation>
    </message>
    <message>
        <source>the JPEG 2000 image is %1×%2, the header says %3×%4</source>
        <translation>das JPEG-2000-Bild ist %1×%2 groß, laut DICOM-Header %3×%4</translation>
    </message>
    <message>
        <source>floating point JPEG 2000 is not supported</source>
        <translation>JPEG 2000 mit Gleitkommawerten wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the palette colour lookup table is missing or incomplete</source>
        <translation>die Farbpaletten-Lookup-Tabelle fehlt oder ist unvollständig</translation>
    </message>
    <message>
        <source>segmented palette colour lookup tables are not supported</source>
        <translation>segmentierte Farbpaletten-Lookup-Tabellen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the palette colour lookup table is shorter than its descriptor says</source>
        <translation>die Farbpaletten-Lookup-Tabelle ist kürzer als in ihrem Deskriptor angegeben</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>Frame %1 konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Die Datei konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file could not be opened again: %1</source>
        <translation>Die Datei konnte nicht erneut geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file ends before the frame&apos;s pixel data does</source>
        <translation>die Datei endet vor dem Ende der Pixeldaten des Frames</translation>
    </message>
    <message>
        <source>the pixel data is missing</source>
        <translation>die Pixeldaten fehlen</translation>
    </message>
    <message>
        <source>the pixel data is shorter than the frame</source>
        <translation>die Pixeldaten sind kürzer als der Frame</translation>
    </message>
    <message>
        <source>the pixel data could not be read (%1)</source>
        <translation>die Pixeldaten konnten nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the compressed pixel data is malformed</source>
        <translation>die komprimierten Pixeldaten sind fehlerhaft</translation>
    </message>
    <message>
        <source>the image has only %1 frame(s)</source>
        <translation>das Bild hat nur %1 Frame(s)</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Datei oder Ordner nicht vorhanden.</translation>
    </message>
    <message>
        <source>The DICOMDIR names this file, but it does not exist.</source>
        <translation>Das DICOMDIR verweist auf diese Datei, sie ist jedoch nicht vorhanden.</translation>
    </message>
    <message>
        <source>The slices are sheared (gantry tilt of %1°): measurements across slices are approximate.</source>
        <translation>Die Schichten sind geschert (Gantry-Kippung von %1°): Schichtübergreifende Messungen sind nur näherungsweise genau.</translation>
    </message>
    <message numerus="yes">
        <source>%n slice(s) seem to be missing between slices %1 and %2 (a gap of %3 mm where %4 mm is expected).</source>
        <translation>
            <numerusform>%n Schicht scheint zwischen den Schichten %1 und %2 zu fehlen (Lücke von %3 mm, erwartet: %4 mm).</numerusform>
            <numerusform>%n Schichten scheinen zwischen den Schichten %1 und %2 zu fehlen (Lücke von %3 mm, erwartet: %4 mm).</numerusform>
        </translation>
    </message>
    <message>
        <source>The slice spacing is uneven: from %1 mm to %2 mm.</source>
        <translation>Der Schichtabstand ist ungleichmäßig: von %1 mm bis %2 mm.</translation>
    </message>
    <message>
        <source>The series holds no images.</source>
        <translation>Die Serie enthält keine Bilder.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No image of the series could be decoded.</source>
        <translation>Kein Bild der Serie konnte dekodiert werden.</translation>
    </message>
    <message>
        <source>The cache index could not be read: %1</source>
        <translation>Der Cache-Index konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cache index failed its integrity check.</source>
        <translation>Der Cache-Index hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The cache folder %1 could not be created.</source>
        <translation>Der Cache-Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The cache could not write %1: %2</source>
        <translation>Der Cache konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The cache object could not be written: %1</source>
        <translation>Das Cache-Objekt konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation>nicht im Cache</translation>
    </message>
    <message>
        <source>the cached file is missing</source>
        <translation>die Cache-Datei fehlt</translation>
    </message>
    <message>
        <source>the cached file is not a Custos cache object</source>
        <translation>die Cache-Datei ist kein Custos-Cache-Objekt</translation>
    </message>
    <message>
        <source>the cached file is version %1, the index expects %2 (an old copy was put back)</source>
        <translation>die Cache-Datei hat Version %1, der Index erwartet %2 (eine alte Kopie wurde zurückgespielt)</translation>
    </message>
    <message>
        <source>the cached file is truncated</source>
        <translation>die Cache-Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>its description failed the integrity check</source>
        <translation>die Beschreibung des Objekts hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>the cached file&apos;s header is inconsistent</source>
        <translation>der Header der Cache-Datei ist widersprüchlich</translation>
    </message>
    <message>
        <source>the cached file is truncated or has extra bytes</source>
        <translation>die Cache-Datei ist abgeschnitten oder enthält zusätzliche Bytes</translation>
    </message>
    <message>
        <source>its description does not match its contents</source>
        <translation>die Beschreibung des Objekts passt nicht zu seinem Inhalt</translation>
    </message>
    <message>
        <source>a chunk has the wrong size</source>
        <translation>ein Block hat die falsche Größe</translation>
    </message>
    <message>
        <source>chunk %1 failed the integrity check</source>
        <translation>Block %1 hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>The cached copy was damaged or tampered with (%1); it was discarded.</source>
        <translation>Die Kopie im Cache war beschädigt oder manipuliert (%1); sie wurde verworfen.</translation>
    </message>
    <message>
        <source>The audit record&apos;s event has no event ID code.</source>
        <translation>Das Ereignis des Audit-Datensatzes hat keinen Code für die Ereignis-ID (EventID).</translation>
    </message>
    <message>
        <source>The audit record&apos;s event action &quot;%1&quot; is not one letter.</source>
        <translation>Die Ereignisaktion „%1“ des Audit-Datensatzes ist kein einzelner Buchstabe.</translation>
    </message>
    <message>
        <source>The audit record&apos;s event outcome %1 is not 0, 4, 8 or 12.</source>
        <translation>Das Ereignisergebnis %1 des Audit-Datensatzes ist nicht 0, 4, 8 oder 12.</translation>
    </message>
    <message>
        <source>The audit record has no valid sequence number.</source>
        <translation>Der Audit-Datensatz hat keine gültige Sequenznummer.</translation>
    </message>
    <message>
        <source>Audit record %1 has no valid time (&quot;%2&quot;).</source>
        <translation>Audit-Datensatz %1 hat keine gültige Zeitangabe („%2“).</translation>
    </message>
    <message>
        <source>Audit record %1: %2</source>
        <translation>Audit-Datensatz %1: %2</translation>
    </message>
    <message>
        <source>Audit record %1 has no valid previous-record hash.</source>
        <translation>Audit-Datensatz %1 hat keinen gültigen Hash des vorherigen Datensatzes.</translation>
    </message>
    <message>
        <source>Audit record %1 has an invalid hash.</source>
        <translation>Audit-Datensatz %1 hat einen ungültigen Hash.</translation>
    </message>
    <message>
        <source>Audit record %1 could not be encrypted: %2</source>
        <translation>Audit-Datensatz %1 konnte nicht verschlüsselt werden: %2</translation>
    </message>
    <message>
        <source>Audit record %1 is too large (%2 bytes; at most %3).</source>
        <translation>Audit-Datensatz %1 ist zu groß (%2 Byte; höchstens %3).</translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2.</source>
        <translation>Datensatz %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Record 1 was modified: it does not start the chain.</source>
        <translation>Datensatz 1 wurde verändert: Er steht nicht am Anfang der Kette.</translation>
    </message>
    <message>
        <source>Record %1 was modified: record %2&apos;s previous-record hash does not match it.</source>
        <translation>Datensatz %1 wurde verändert: Der Hash des vorherigen Datensatzes in Datensatz %2 passt nicht zu ihm.</translation>
    </message>
    <message>
        <source>Record %1 was modified: %2.</source>
        <translation>Datensatz %1 wurde verändert: %2.</translation>
    </message>
    <message>
        <source>Record %1 is out of order: it was found after record %2.</source>
        <translation>Datensatz %1 steht an der falschen Stelle: Er wurde nach Datensatz %2 gefunden.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), so the end of the log cannot be checked against its checkpoint.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1), daher kann das Ende des Protokolls nicht mit seinem Prüfpunkt abgeglichen werden.</translation>
    </message>
    <message>
        <source>Record %1 does not match the keychain checkpoint: the log was cut back to record %1 or earlier and written again.</source>
        <translation>Datensatz %1 stimmt nicht mit dem Prüfpunkt im Schlüsselbund überein: Das Protokoll wurde auf Datensatz %1 oder früher gekürzt und danach neu geschrieben.</translation>
    </message>
    <message>
        <source>The audit log in %1 cannot be opened: %2</source>
        <translation>Das Audit-Protokoll in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The end of %1 (%2 bytes after record %3) was incomplete or unreadable after an interruption (crash or power loss) and was cut off; the bytes were kept as %4.</source>
        <translation>Das Ende von %1 (%2 Byte nach Datensatz %3) war nach einer Unterbrechung (Absturz oder Stromausfall) unvollständig oder unlesbar und wurde abgeschnitten; die Bytes wurden als %4 aufbewahrt.</translation>
    </message>
    <message>
        <source>No audit record can be authenticated</source>
        <translation>Kein Audit-Datensatz kann authentifiziert werden</translation>
    </message>
    <message>
        <source>The audit log&apos;s last authentic record is %1</source>
        <translation>Der letzte authentische Datensatz des Audit-Protokolls ist Nummer %1</translation>
    </message>
    <message>
        <source>Audit record %1 does not match the keychain checkpoint: the log was cut back and written again.</source>
        <translation>Audit-Datensatz %1 stimmt nicht mit dem Prüfpunkt im Schlüsselbund überein: Das Protokoll wurde gekürzt und danach neu geschrieben.</translation>
    </message>
    <message>
        <source>The last audit segment cannot be used (%1); new records go to a new segment.</source>
        <translation>Das letzte Audit-Segment kann nicht verwendet werden (%1); neue Datensätze werden in ein neues Segment geschrieben.</translation>
    </message>
    <message>
        <source>The audit log could not be written to disk (%1).</source>
        <translation>Das Audit-Protokoll konnte nicht auf den Datenträger geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>No data key for a new audit segment: %1</source>
        <translation>Kein Datenschlüssel für ein neues Audit-Segment: %1</translation>
    </message>
    <message>
        <source>Audit record %1 is missing; verify() tells what happened.</source>
        <translation>Audit-Datensatz %1 fehlt; verify() gibt Auskunft über die Ursache.</translation>
    </message>
    <message>
        <source>Audit record %1 cannot be read (%2).</source>
        <translation>Audit-Datensatz %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Audit record %1 cannot be authenticated; verify() tells what happened.</source>
        <translation>Audit-Datensatz %1 kann nicht authentifiziert werden; verify() gibt Auskunft über die Ursache.</translation>
    </message>
    <message>
        <source>The audit log in %1 cannot be opened without a key manager.</source>
        <translation>Das Audit-Protokoll in %1 kann ohne Schlüsselverwaltung nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The audit log options are invalid: checkpointEvery and recordsPerDek must be at least 1.</source>
        <translation>Die Optionen des Audit-Protokolls sind ungültig: checkpointEvery und recordsPerDek müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Audit record %1 could not be written (%2).</source>
        <translation>Audit-Datensatz %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Audit record %1 does not link to the record before it; verify() tells what happened.</source>
        <translation>Audit-Datensatz %1 ist nicht mit dem vorherigen Datensatz verkettet; verify() gibt Auskunft über die Ursache.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: TLS is not available on this computer (the OpenSSL library could not be loaded).</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: TLS ist auf diesem Computer nicht verfügbar (die OpenSSL-Bibliothek konnte nicht geladen werden).</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: no audit repository host is configured.</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: Es ist kein Host für das Audit-Repository konfiguriert.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: no CA certificate file is configured to verify the audit repository at %1.</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: Es ist keine Zertifikatsdatei der Zertifizierungsstelle (CA) konfiguriert, mit der das Audit-Repository unter %1 überprüft werden kann.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: the CA file %1 is missing, unreadable or holds no PEM certificate.</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: Die CA-Datei %1 fehlt, ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: a client certificate needs both a certificate file and a key file (certificate: &quot;%1&quot;, key: &quot;%2&quot;).</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: Ein Client-Zertifikat erfordert sowohl eine Zertifikatsdatei als auch eine Schlüsseldatei (Zertifikat: „%1“, Schlüssel: „%2“).</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: the client certificate file %1 is missing, unreadable or holds no PEM certificate.</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: Die Client-Zertifikatsdatei %1 fehlt, ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: the client key file %1 cannot be read: %2.</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: Die Client-Schlüsseldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: the client key file %1 holds no unencrypted RSA or EC private key in PEM form.</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: Die Client-Schlüsseldatei %1 enthält keinen unverschlüsselten privaten RSA- oder EC-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>The audit repository at %1 presented a certificate that is not valid for the host name &quot;%2&quot; (%3). Nothing was sent.</source>
        <translation>Das Audit-Repository unter %1 hat ein Zertifikat vorgelegt, das für den Hostnamen „%2“ nicht gültig ist (%3). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The audit repository at %1 presented a certificate that is not trusted: %2. Its certificate must be issued by the CA in %3. Nothing was sent.</source>
        <translation>Das Audit-Repository unter %1 hat ein nicht vertrauenswürdiges Zertifikat vorgelegt: %2. Sein Zertifikat muss von der Zertifizierungsstelle (CA) in %3 ausgestellt sein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The audit repository at %1 refused the connection; is the collector running? Audit records stay in the local log and are sent when it is reachable.</source>
        <translation>Das Audit-Repository unter %1 hat die Verbindung abgelehnt; läuft der Collector? Die Audit-Datensätze bleiben im lokalen Protokoll und werden gesendet, sobald es erreichbar ist.</translation>
    </message>
    <message>
        <source>The audit repository&apos;s host name &quot;%1&quot; could not be found (%2).</source>
        <translation>Der Hostname „%1“ des Audit-Repositorys wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>The audit repository at %1 does not offer TLS 1.2 or newer, and Custos refuses older TLS versions (%2). Nothing was sent.</source>
        <translation>Das Audit-Repository unter %1 bietet weder TLS 1.2 noch eine neuere Version an, und Custos lehnt ältere TLS-Versionen ab (%2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The audit repository at %1 requires a client certificate, and none is configured (%2).</source>
        <translation>Das Audit-Repository unter %1 verlangt ein Client-Zertifikat, es ist jedoch keines konfiguriert (%2).</translation>
    </message>
    <message>
        <source>The audit repository at %1 refused the client certificate in %2 (%3).</source>
        <translation>Das Audit-Repository unter %1 hat das Client-Zertifikat in %2 abgelehnt (%3).</translation>
    </message>
    <message>
        <source>The TLS handshake with the audit repository at %1 failed: %2.</source>
        <translation>Der TLS-Handshake mit dem Audit-Repository unter %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The audit repository at %1 closed the connection during the TLS handshake (%2).</source>
        <translation>Das Audit-Repository unter %1 hat die Verbindung während des TLS-Handshakes geschlossen (%2).</translation>
    </message>
    <message>
        <source>The audit repository at %1 closed the connection right after the TLS handshake; it probably requires a client certificate, and none is configured (%2).</source>
        <translation>Das Audit-Repository unter %1 hat die Verbindung direkt nach dem TLS-Handshake geschlossen; vermutlich verlangt es ein Client-Zertifikat, es ist jedoch keines konfiguriert (%2).</translation>
    </message>
    <message>
        <source>The audit repository at %1 closed the connection right after the TLS handshake; it may not accept the client certificate in %2 (%3).</source>
        <translation>Das Audit-Repository unter %1 hat die Verbindung direkt nach dem TLS-Handshake geschlossen; möglicherweise akzeptiert es das Client-Zertifikat in %2 nicht (%3).</translation>
    </message>
    <message>
        <source>The connection to the audit repository at %1 was lost (%2); records it may not have received will be sent again.</source>
        <translation>Die Verbindung zum Audit-Repository unter %1 wurde unterbrochen (%2); Datensätze, die es möglicherweise nicht empfangen hat, werden erneut gesendet.</translation>
    </message>
    <message>
        <source>The audit repository at %1 closed the connection; records it may not have received will be sent again.</source>
        <translation>Das Audit-Repository unter %1 hat die Verbindung geschlossen; Datensätze, die es möglicherweise nicht empfangen hat, werden erneut gesendet.</translation>
    </message>
    <message>
        <source>Audit records from %1 on cannot be forwarded: %2</source>
        <translation>Audit-Datensätze ab Nummer %1 können nicht weitergeleitet werden: %2</translation>
    </message>
    <message>
        <source>Audit record %1 could not be handed to the connection to %2: %3.</source>
        <translation>Audit-Datensatz %1 konnte nicht an die Verbindung zu %2 übergeben werden: %3.</translation>
    </message>
    <message>
        <source>Audit records up to %1 were delivered, but the progress file %2 could not be written (%3); they will be sent again after a restart.</source>
        <translation>Die Audit-Datensätze bis Nummer %1 wurden zugestellt, aber die Fortschrittsdatei %2 konnte nicht geschrieben werden (%3); sie werden nach einem Neustart erneut gesendet.</translation>
    </message>
    <message>
        <source>The audit repository at %1 did not complete the TLS handshake within %2 seconds.</source>
        <translation>Das Audit-Repository unter %1 hat den TLS-Handshake nicht innerhalb von %2 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: no audit log.</source>
        <translation>Audit-Datensätze können nicht weitergeleitet werden: Es gibt kein Audit-Protokoll.</translation>
    </message>
    <message>
        <source>The encryption key has %1 bytes; AES-256 needs exactly %2.</source>
        <translation>Der Verschlüsselungsschlüssel hat %1 Byte; AES-256 benötigt genau %2.</translation>
    </message>
    <message>
        <source>The GCM nonce has %1 bytes; Custos uses exactly %2.</source>
        <translation>Die GCM-Nonce hat %1 Byte; Custos verwendet genau %2.</translation>
    </message>
    <message>
        <source>Cannot make a negative number (%1) of random bytes.</source>
        <translation>Es kann keine negative Anzahl (%1) von Zufallsbytes erzeugt werden.</translation>
    </message>
    <message>
        <source>The secure random generator failed: %1</source>
        <translation>Der sichere Zufallszahlengenerator ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The encrypted data is %1 bytes long, shorter than its nonce and tag (%2 bytes): it is truncated or not Custos data.</source>
        <translation>Die verschlüsselten Daten sind %1 Byte lang und damit kürzer als Nonce und Tag (%2 Byte): Sie sind abgeschnitten oder keine Custos-Daten.</translation>
    </message>
    <message>
        <source>The data failed its integrity check (wrong key or modified).</source>
        <translation>Die Daten haben die Integritätsprüfung nicht bestanden (falscher Schlüssel oder verändert).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; held by %3 has %4 bytes instead of %5: it was changed outside Custos. Custos does not replace it, because the data protected by the original would be lost.</source>
        <translation>Der Eintrag „%2“ (%1) in %3 hat %4 Byte statt %5: Er wurde außerhalb von Custos geändert. Custos ersetzt ihn nicht, da sonst die mit dem Original geschützten Daten verloren gingen.</translation>
    </message>
    <message>
        <source>Could not flush the folder %1 to disk: %2.</source>
        <translation>Der Ordner %1 konnte nicht auf den Datenträger synchronisiert werden: %2.</translation>
    </message>
    <message>
        <source>Could not create a temporary file in %1: %2 (%3 was not changed).</source>
        <translation>In %1 konnte keine temporäre Datei erstellt werden: %2 (%3 wurde nicht geändert).</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3 (the previous version is kept).</source>
        <translation>Fehler beim Vorgang „%1“ für %2: %3 (die vorherige Version bleibt erhalten).</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (the previous version is kept).</source>
        <translation>%1 konnte nicht geschrieben werden: %2 (die vorherige Version bleibt erhalten).</translation>
    </message>
    <message>
        <source>Could not replace %1: %2 (the previous version is kept).</source>
        <translation>%1 konnte nicht ersetzt werden: %2 (die vorherige Version bleibt erhalten).</translation>
    </message>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>%1 konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The previous key-encryption key held by %1 has the wrong size: it was changed outside Custos.</source>
        <translation>Der vorherige Schlüssel zur Schlüsselverschlüsselung (KEK) in %1 hat die falsche Größe: Er wurde außerhalb von Custos geändert.</translation>
    </message>
    <message>
        <source>The data key %1 could not be unwrapped with the key-encryption key held by %2: it belongs to another key or keychain, or its record was modified.</source>
        <translation>Der Datenschlüssel %1 konnte nicht mit dem Schlüssel zur Schlüsselverschlüsselung (KEK) in %2 entschlüsselt werden: Er gehört zu einem anderen Schlüssel oder Schlüsselbund, oder sein Eintrag wurde verändert.</translation>
    </message>
    <message>
        <source>The key file %1 is truncated (%2 bytes); Custos will not use it. The data it protects cannot be read unless it is restored from a backup.</source>
        <translation>Die Schlüsseldatei %1 ist abgeschnitten (%2 Byte); Custos verwendet sie nicht. Die damit geschützten Daten können nur gelesen werden, wenn die Datei aus einer Sicherung wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>The key file %1 has format version %2; this version of Custos reads version %3.</source>
        <translation>Die Schlüsseldatei %1 hat die Formatversion %2; diese Version von Custos liest Version %3.</translation>
    </message>
    <message>
        <source>The key file %1 failed its integrity check (it was modified or damaged); Custos will not use it. The data it protects cannot be read unless it is restored from a backup.</source>
        <translation>Die Schlüsseldatei %1 hat die Integritätsprüfung nicht bestanden (sie wurde verändert oder beschädigt); Custos verwendet sie nicht. Die damit geschützten Daten können nur gelesen werden, wenn die Datei aus einer Sicherung wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (its records do not add up); Custos will not use it.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (ihre Einträge sind nicht stimmig); Custos verwendet sie nicht.</translation>
    </message>
    <message>
        <source>Could not read the key file %1: %2.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The data key %1 in %2 has the wrong size.</source>
        <translation>Der Datenschlüssel %1 in %2 hat die falsche Größe.</translation>
    </message>
    <message>
        <source>The data key %1 does not exist in %2: it was destroyed (crypto-shredded) or never existed, so the data it protected cannot be read.</source>
        <translation>Der Datenschlüssel %1 ist in %2 nicht vorhanden: Er wurde vernichtet (Crypto-Shredding) oder hat nie existiert, daher können die damit geschützten Daten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Android Keystore</source>
        <translation>Android Keystore</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring or KWallet)</source>
        <translation>Secret Service (GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <source>The system keychain (%1) is not available: %2; Custos keeps patient data in memory only.</source>
        <translation>Der System-Schlüsselbund (%1) ist nicht verfügbar: %2; Custos hält Patientendaten nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The system keychain (%1) refused access to &quot;%2&quot;: %3 (is it locked?); Custos keeps patient data in memory only.</source>
        <translation>Der System-Schlüsselbund (%1) hat den Zugriff auf „%2“ verweigert: %3 (ist er gesperrt?); Custos hält Patientendaten nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot; from the system keychain (%2): %3.</source>
        <translation>„%1“ konnte nicht aus dem System-Schlüsselbund (%2) entfernt werden: %3.</translation>
    </message>
    <message>
        <source>The system keychain (%1) did not answer within %2 seconds (it may be locked and waiting for a password prompt); Custos keeps patient data in memory only.</source>
        <translation>Der System-Schlüsselbund (%1) hat nicht innerhalb von %2 Sekunden geantwortet (möglicherweise ist er gesperrt und wartet auf eine Passworteingabe); Custos hält Patientendaten nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>OpenSSL could not build a public key from it</source>
        <translation>OpenSSL konnte daraus keinen öffentlichen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>it is not a valid public key</source>
        <translation>er ist kein gültiger öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>OpenSSL could not read its modulus and exponent</source>
        <translation>OpenSSL konnte seinen Modulus und Exponenten nicht lesen</translation>
    </message>
    <message>
        <source>it is a %1-bit RSA key; Custos requires at least %2 bits</source>
        <translation>er ist ein %1-Bit-RSA-Schlüssel; Custos verlangt mindestens %2 Bit</translation>
    </message>
    <message>
        <source>OpenSSL could not read its coordinates</source>
        <translation>OpenSSL konnte seine Koordinaten nicht lesen</translation>
    </message>
    <message>
        <source>its point is not on the P-256 curve</source>
        <translation>sein Punkt liegt nicht auf der Kurve P-256</translation>
    </message>
    <message>
        <source>an ES256 signature must be %1 bytes (r || s), this one has %2</source>
        <translation>eine ES256-Signatur muss %1 Byte lang sein (r || s), diese hat %2</translation>
    </message>
    <message>
        <source>OpenSSL could not read the ES256 signature</source>
        <translation>OpenSSL konnte die ES256-Signatur nicht lesen</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the ES256 signature</source>
        <translation>OpenSSL konnte die ES256-Signatur nicht kodieren</translation>
    </message>
    <message>
        <source>without a key ID</source>
        <translation>ohne Schlüssel-ID</translation>
    </message>
    <message>
        <source>it has no &quot;%1&quot; member</source>
        <translation>ihm fehlt das Feld „%1“</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; member is not base64url: %2</source>
        <translation>sein Feld „%1“ ist kein base64url: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>it is for &quot;%1&quot;, not for signatures</source>
        <translation>er ist für „%1“ bestimmt, nicht für Signaturen</translation>
    </message>
    <message>
        <source>it is on curve &quot;%1&quot;; Custos accepts P-256 only</source>
        <translation>er liegt auf der Kurve „%1“; Custos akzeptiert nur P-256</translation>
    </message>
    <message>
        <source>its P-256 coordinates are not 32 bytes each (x %1, y %2)</source>
        <translation>seine P-256-Koordinaten sind nicht jeweils 32 Byte lang (x %1, y %2)</translation>
    </message>
    <message>
        <source>it is of type &quot;%1&quot;; Custos accepts RSA and EC P-256 keys</source>
        <translation>er hat den Typ „%1“; Custos akzeptiert RSA- und EC-P-256-Schlüssel</translation>
    </message>
    <message>
        <source>%1 characters is not a possible base64url length</source>
        <translation>%1 Zeichen sind keine mögliche base64url-Länge</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a base64url character</source>
        <translation>%1 an Position %2 ist kein base64url-Zeichen</translation>
    </message>
    <message>
        <source>its last character has bits set beyond the data (not canonical base64url)</source>
        <translation>das letzte Zeichen hat gesetzte Bits jenseits der Daten (kein kanonisches base64url)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, far more than any ID token; it was refused.</source>
        <translation>%1 ist %2 Byte lang, weit mehr als jedes ID-Token; es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is encrypted (JWE). Custos expects a signed ID token: turn off ID token encryption for this client at the identity provider.</source>
        <translation>%1 ist verschlüsselt (JWE). Custos erwartet ein signiertes ID-Token: Deaktivieren Sie beim Identitätsanbieter die ID-Token-Verschlüsselung für diesen Client.</translation>
    </message>
    <message>
        <source>%1 is not a signed JWT (it has %2 parts separated by &quot;.&quot;, not 3).</source>
        <translation>%1 ist kein signiertes JWT (es hat %2 durch „.“ getrennte Teile statt 3).</translation>
    </message>
    <message>
        <source>%1 is malformed: its %2 is not valid base64url (%3).</source>
        <translation>%1 ist fehlerhaft: Der Teil „%2“ ist kein gültiges base64url (%3).</translation>
    </message>
    <message>
        <source>%1 is malformed: its %2 is not a JSON object%3.</source>
        <translation>%1 ist fehlerhaft: Der Teil „%2“ ist kein JSON-Objekt%3.</translation>
    </message>
    <message>
        <source>%1 is malformed: its header names no signature algorithm (&quot;alg&quot;).</source>
        <translation>%1 ist fehlerhaft: Sein Header nennt keinen Signaturalgorithmus („alg“).</translation>
    </message>
    <message>
        <source>%1 is malformed: its key ID (&quot;kid&quot;) is not a string.</source>
        <translation>%1 ist fehlerhaft: Seine Schlüssel-ID („kid“) ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s key set (JWKS) is not a JSON object%1.</source>
        <translation>Der Schlüsselsatz (JWKS) des Identitätsanbieters ist kein JSON-Objekt%1.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s key set (JWKS) has no &quot;keys&quot; array.</source>
        <translation>Der Schlüsselsatz (JWKS) des Identitätsanbieters enthält kein Array „keys“.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(ohne kid)</translation>
    </message>
    <message>
        <source>The key %1 cannot check this %2 signature: %3.</source>
        <translation>Der Schlüssel %1 kann diese %2-Signatur nicht prüfen: %3.</translation>
    </message>
    <message>
        <source>the provider published it for %1 only</source>
        <translation>der Anbieter hat ihn nur für %1 veröffentlicht</translation>
    </message>
    <message>
        <source>it is an %1 key</source>
        <translation>er ist ein %1-Schlüssel</translation>
    </message>
    <message>
        <source>The %1 signature is %2 bytes long; the key %3 makes signatures of %4 bytes. The token was altered or forged.</source>
        <translation>Die %1-Signatur ist %2 Byte lang; der Schlüssel %3 erzeugt Signaturen von %4 Byte. Das Token wurde verändert oder gefälscht.</translation>
    </message>
    <message>
        <source>The ES256 signature is malformed: %1.</source>
        <translation>Die ES256-Signatur ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification.</source>
        <translation>OpenSSL konnte die %1-Prüfung nicht einrichten.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up RS256 verification.</source>
        <translation>OpenSSL konnte die RS256-Prüfung nicht einrichten.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up PS256 verification.</source>
        <translation>OpenSSL konnte die PS256-Prüfung nicht einrichten.</translation>
    </message>
    <message>
        <source>The %1 signature does not match the key %2: the token was altered or was not signed by the identity provider.</source>
        <translation>Die %1-Signatur passt nicht zum Schlüssel %2: Das Token wurde verändert oder nicht vom Identitätsanbieter signiert.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>The identity provider&apos;s issuer URL &quot;%1&quot; is not a valid URL; set it in the sign-in settings (for example https://idp.example.org/realms/radiology).</source>
        <translation>Die Aussteller-URL „%1“ des Identitätsanbieters ist keine gültige URL; legen Sie sie in den Anmeldeeinstellungen fest (zum Beispiel https://idp.example.org/realms/radiology).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s issuer URL &quot;%1&quot; must use https (plain http is accepted only on this computer&apos;s loopback address).</source>
        <translation>Die Aussteller-URL „%1“ des Identitätsanbieters muss https verwenden (unverschlüsseltes http wird nur für die Loopback-Adresse dieses Computers akzeptiert).</translation>
    </message>
    <message>
        <source>The issuer URL &quot;%1&quot; must not contain a query or fragment.</source>
        <translation>Die Aussteller-URL „%1“ darf weder einen Query-Teil noch ein Fragment enthalten.</translation>
    </message>
    <message>
        <source>No client ID is configured for sign-in with %1; enter the client ID registered for Custos at the identity provider.</source>
        <translation>Für die Anmeldung bei %1 ist keine Client-ID konfiguriert; geben Sie die Client-ID ein, die beim Identitätsanbieter für Custos registriert ist.</translation>
    </message>
    <message>
        <source>The redirect host &quot;%1&quot; is not a loopback IP address; use 127.0.0.1 (or ::1), as RFC 8252 requires for desktop sign-in.</source>
        <translation>Der Redirect-Host „%1“ ist keine Loopback-IP-Adresse; verwenden Sie 127.0.0.1 (oder ::1), wie es RFC 8252 für die Anmeldung in Desktop-Anwendungen vorschreibt.</translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; must start with &quot;/&quot;.</source>
        <translation>Der Redirect-Pfad „%1“ muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>The allowed clock skew of %1 s is out of range (0 to 600 s).</source>
        <translation>Die zulässige Uhrenabweichung von %1 s liegt außerhalb des gültigen Bereichs (0 bis 600 s).</translation>
    </message>
    <message>
        <source>The sign-in and network timeouts must be positive.</source>
        <translation>Die Zeitlimits für Anmeldung und Netzwerk müssen positiv sein.</translation>
    </message>
    <message>
        <source>The ID token</source>
        <translation>Das ID-Token</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; claim (%3); it is refused.</source>
        <translation>%1 hat keinen Claim „%2“ (%3); es wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is malformed: its &quot;%2&quot; claim is not a time in seconds.</source>
        <translation>%1 ist fehlerhaft: Der Claim „%2“ ist keine Zeitangabe in Sekunden.</translation>
    </message>
    <message>
        <source>%1 is not signed (algorithm &quot;%2&quot;), so anyone could have written it; it is refused. Custos accepts RS256, PS256 and ES256 signatures only.</source>
        <translation>%1 ist nicht signiert (Algorithmus „%2“), könnte also von jedem geschrieben worden sein; es wird abgelehnt. Custos akzeptiert nur RS256-, PS256- und ES256-Signaturen.</translation>
    </message>
    <message>
        <source>%1 is signed with a shared-secret HMAC (%2), which a desktop application cannot check: it has no secret, and treating the provider&apos;s public key as one would let anyone forge tokens. It is refused; set the client&apos;s ID token signing algorithm to RS256, PS256 or ES256 at the identity provider.</source>
        <translation>%1 ist mit einem HMAC mit gemeinsamem Geheimnis (%2) signiert, den eine Desktop-Anwendung nicht prüfen kann: Sie besitzt kein Geheimnis, und den öffentlichen Schlüssel des Anbieters als Geheimnis zu verwenden, würde es jedem erlauben, Token zu fälschen. Es wird abgelehnt; stellen Sie beim Identitätsanbieter den ID-Token-Signaturalgorithmus des Clients auf RS256, PS256 oder ES256 ein.</translation>
    </message>
    <message>
        <source>%1 is signed with &quot;%2&quot;, which Custos does not accept (RS256, PS256 or ES256 only); set the client&apos;s ID token signing algorithm at the identity provider.</source>
        <translation>%1 ist mit „%2“ signiert, was Custos nicht akzeptiert (nur RS256, PS256 oder ES256); stellen Sie beim Identitätsanbieter den ID-Token-Signaturalgorithmus des Clients ein.</translation>
    </message>
    <message>
        <source>%1 was signed with a key (kid &quot;%2&quot;) that is not in the identity provider&apos;s published key set (%3). The token may be forged, or the provider signs with a key it does not publish.</source>
        <translation>%1 wurde mit einem Schlüssel (kid „%2“) signiert, der nicht im veröffentlichten Schlüsselsatz des Identitätsanbieters enthalten ist (%3). Das Token ist möglicherweise gefälscht, oder der Anbieter signiert mit einem Schlüssel, den er nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>which is empty</source>
        <translation>der leer ist</translation>
    </message>
    <message>
        <source>%1 names no key, and the identity provider publishes no key for %2 signatures.</source>
        <translation>%1 nennt keinen Schlüssel, und der Identitätsanbieter veröffentlicht keinen Schlüssel für %2-Signaturen.</translation>
    </message>
    <message>
        <source>%1 names no key (no &quot;kid&quot; in its header) while the identity provider publishes %2 keys for %3; it is refused (OpenID Connect Core §10.1).</source>
        <translation>%1 nennt keinen Schlüssel (kein „kid“ im Header), während der Identitätsanbieter %2 Schlüssel für %3 veröffentlicht; es wird abgelehnt (OpenID Connect Core §10.1).</translation>
    </message>
    <message>
        <source>%1 requires header extensions Custos does not implement (&quot;crit&quot;); it is refused.</source>
        <translation>%1 verlangt Header-Erweiterungen, die Custos nicht implementiert („crit“); es wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 was issued by %2, not by the configured identity provider &quot;%3&quot;; it is refused. Check the issuer URL in the sign-in settings.</source>
        <translation>%1 wurde von %2 ausgestellt, nicht vom konfigurierten Identitätsanbieter „%3“; es wird abgelehnt. Prüfen Sie die Aussteller-URL in den Anmeldeeinstellungen.</translation>
    </message>
    <message>
        <source>an unnamed issuer (no &quot;iss&quot; claim)</source>
        <translation>einem unbenannten Aussteller (kein Claim „iss“)</translation>
    </message>
    <message>
        <source>%1 names no user (no &quot;sub&quot; claim); it is refused.</source>
        <translation>%1 nennt keinen Benutzer (kein Claim „sub“); es wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 names no audience (&quot;aud&quot; claim); it is refused.</source>
        <translation>%1 nennt keine Audience (Claim „aud“); es wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is meant for another application (audience %2), not for this client &quot;%3&quot;; it is refused. If the client ID in the sign-in settings is wrong, correct it.</source>
        <translation>%1 ist für eine andere Anwendung bestimmt (Audience %2), nicht für diesen Client „%3“; es wird abgelehnt. Falls die Client-ID in den Anmeldeeinstellungen falsch ist, korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>%1 was issued to another client (azp &quot;%2&quot;), not to &quot;%3&quot;; it is refused.</source>
        <translation>%1 wurde für einen anderen Client ausgestellt (azp „%2“), nicht für „%3“; es wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 names several audiences (%2) but not which one it was issued to (no &quot;azp&quot; claim); it is refused, since another application could have obtained it.</source>
        <translation>%1 nennt mehrere Audiences (%2), aber nicht, für welche es ausgestellt wurde (kein Claim „azp“); es wird abgelehnt, da eine andere Anwendung es erhalten haben könnte.</translation>
    </message>
    <message>
        <source>its expiry</source>
        <translation>sein Ablaufzeitpunkt</translation>
    </message>
    <message>
        <source>%1 expired at %2 UTC, %3 s ago (more than the allowed clock difference of %4 s); sign in again. If this keeps happening, check this computer&apos;s clock.</source>
        <translation>%1 ist um %2 UTC abgelaufen, vor %3 s (mehr als die zulässige Uhrenabweichung von %4 s); melden Sie sich erneut an. Falls dies wiederholt auftritt, prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>when it was issued</source>
        <translation>sein Ausstellungszeitpunkt</translation>
    </message>
    <message>
        <source>%1 claims to be issued in the future (%2 UTC, %3 s from now, more than the allowed clock difference of %4 s); it is refused. Check this computer&apos;s clock and the provider&apos;s.</source>
        <translation>%1 gibt an, in der Zukunft ausgestellt worden zu sein (%2 UTC, in %3 s, mehr als die zulässige Uhrenabweichung von %4 s); es wird abgelehnt. Prüfen Sie die Uhr dieses Computers und die des Anbieters.</translation>
    </message>
    <message>
        <source>%1 is malformed: its &quot;nbf&quot; claim is not a time in seconds.</source>
        <translation>%1 ist fehlerhaft: Der Claim „nbf“ ist keine Zeitangabe in Sekunden.</translation>
    </message>
    <message>
        <source>%1 is not valid yet: not before %2 UTC, %3 s from now (more than the allowed clock difference of %4 s). Check this computer&apos;s clock.</source>
        <translation>%1 ist noch nicht gültig: nicht vor %2 UTC, in %3 s (mehr als die zulässige Uhrenabweichung von %4 s). Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>%1 is malformed: its &quot;nonce&quot; claim is not a string.</source>
        <translation>%1 ist fehlerhaft: Der Claim „nonce“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>%1 carries no nonce although this sign-in sent one; it may come from another sign-in and is refused.</source>
        <translation>%1 enthält keine Nonce, obwohl diese Anmeldung eine gesendet hat; es stammt möglicherweise aus einer anderen Anmeldung und wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 was issued for another sign-in (its nonce does not match this one&apos;s): a replayed or injected token. It is refused; sign in again.</source>
        <translation>%1 wurde für eine andere Anmeldung ausgestellt (seine Nonce stimmt nicht mit der dieser Anmeldung überein): ein wiedereingespieltes oder eingeschleustes Token. Es wird abgelehnt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 is malformed: its &quot;amr&quot; claim is not a list of strings.</source>
        <translation>%1 ist fehlerhaft: Der Claim „amr“ ist keine Liste von Zeichenketten.</translation>
    </message>
    <message>
        <source> (The key set was fetched again just now to be sure.)</source>
        <translation> (Der Schlüsselsatz wurde zur Sicherheit soeben erneut abgerufen.)</translation>
    </message>
    <message>
        <source>&lt;!doctype html&gt;&lt;html lang=&quot;en&quot;&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;background:#1e1e1e;color:#ddd;margin:4em auto;max-width:36em;line-height:1.4}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!doctype html&gt;&lt;html lang=&quot;de&quot;&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;background:#1e1e1e;color:#ddd;margin:4em auto;max-width:36em;line-height:1.4}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This sign-in has already finished.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The sign-in redirect must listen on a loopback IP address, not &quot;%1&quot;.</source>
        <translation>Der Redirect-Empfänger der Anmeldung muss auf einer Loopback-IP-Adresse lauschen, nicht auf „%1“.</translation>
    </message>
    <message>
        <source>Custos could not open its sign-in address on %1: %2.</source>
        <translation>Custos konnte seine Anmeldeadresse auf %1 nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>Signed in to Custos</source>
        <translation>Bei Custos angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to Custos.</source>
        <translation>Sie können dieses Fenster schließen und zu Custos zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 You can close this window and try again in Custos.</source>
        <translation>%1 Sie können dieses Fenster schließen und es in Custos erneut versuchen.</translation>
    </message>
    <message>
        <source>Sign-in could not start: no secure random numbers (%1).</source>
        <translation>Die Anmeldung konnte nicht gestartet werden: keine sicheren Zufallszahlen (%1).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s discovery document has no &quot;%1&quot;; Custos cannot sign in with it.</source>
        <translation>Im Discovery-Dokument des Identitätsanbieters fehlt „%1“; Custos kann sich damit nicht anmelden.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s %1 &quot;%2&quot; is not an https URL; Custos refuses to send sign-in data over it.</source>
        <translation>Der Eintrag %1 „%2“ des Identitätsanbieters ist keine https-URL; Custos weigert sich, Anmeldedaten darüber zu senden.</translation>
    </message>
    <message>
        <source>The authorization code was already used, has expired, or the PKCE code verifier does not match it. Sign in again.</source>
        <translation>Der Autorisierungscode wurde bereits verwendet, ist abgelaufen, oder der PKCE-Code-Verifier passt nicht zu ihm. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired or was revoked at the identity provider. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist abgelaufen oder wurde beim Identitätsanbieter widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Check the client ID, and that the identity provider registers it as a public (native) client without a secret, allowed to use this flow.</source>
        <translation>Prüfen Sie die Client-ID und ob der Identitätsanbieter sie als öffentlichen (nativen) Client ohne Secret registriert hat, der diesen Flow verwenden darf.</translation>
    </message>
    <message>
        <source>The request was incomplete or malformed for this provider.</source>
        <translation>Die Anfrage war für diesen Anbieter unvollständig oder fehlerhaft.</translation>
    </message>
    <message>
        <source>Check the scopes in the sign-in settings.</source>
        <translation>Prüfen Sie die Scopes in den Anmeldeeinstellungen.</translation>
    </message>
    <message>
        <source>The identity provider does not allow this client to use this grant.</source>
        <translation>Der Identitätsanbieter erlaubt diesem Client diesen Grant-Typ nicht.</translation>
    </message>
    <message>
        <source>The discovery document at %1 is not a JSON object; is &quot;%2&quot; the issuer URL of an OpenID provider?</source>
        <translation>Das Discovery-Dokument unter %1 ist kein JSON-Objekt; ist „%2“ die Aussteller-URL eines OpenID-Anbieters?</translation>
    </message>
    <message>
        <source>The identity provider at %1 calls itself &quot;%2&quot;, not the configured issuer; set the issuer URL to exactly &quot;%2&quot; if that provider is the right one.</source>
        <translation>Der Identitätsanbieter unter %1 bezeichnet sich als „%2“, nicht als den konfigurierten Aussteller; setzen Sie die Aussteller-URL auf genau „%2“, wenn dieser Anbieter der richtige ist.</translation>
    </message>
    <message>
        <source>The identity provider %1 does not offer the authorization code flow, which Custos needs.</source>
        <translation>Der Identitätsanbieter %1 bietet den Autorisierungscode-Flow nicht an, den Custos benötigt.</translation>
    </message>
    <message>
        <source>The identity provider %1 does not support PKCE with S256 (it offers %2); Custos requires it.</source>
        <translation>Der Identitätsanbieter %1 unterstützt PKCE mit S256 nicht (er bietet %2 an); Custos setzt dies voraus.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; appears more than once</source>
        <translation>der Parameter „%1“ kommt mehrfach vor</translation>
    </message>
    <message>
        <source>The answer that reached Custos&apos; sign-in address is malformed (%1); it was refused. Sign in again.</source>
        <translation>Die Antwort, die an der Anmeldeadresse von Custos eingegangen ist, ist fehlerhaft (%1); sie wurde abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The answer that reached Custos&apos; sign-in address does not belong to this sign-in (its state %1). It was refused: it may be a forged or stale request. Sign in again.</source>
        <translation>Die Antwort, die an der Anmeldeadresse von Custos eingegangen ist, gehört nicht zu dieser Anmeldung (ihr Parameter „state“ %1). Sie wurde abgelehnt: Es kann sich um eine gefälschte oder veraltete Anfrage handeln. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>stimmt nicht überein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The sign-in answer comes from %1, not from the identity provider &quot;%2&quot; (RFC 9207 mix-up protection). It was refused.</source>
        <translation>Die Anmeldeantwort stammt von %1, nicht vom Identitätsanbieter „%2“ (Mix-up-Schutz nach RFC 9207). Sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>einem unbenannten Aussteller</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in (%1%2).</source>
        <translation>Der Identitätsanbieter hat Sie nicht angemeldet (%1%2).</translation>
    </message>
    <message>
        <source> The sign-in was cancelled or refused at the provider.</source>
        <translation> Die Anmeldung wurde beim Anbieter abgebrochen oder abgelehnt.</translation>
    </message>
    <message>
        <source> Sign in again and complete the provider&apos;s pages.</source>
        <translation> Melden Sie sich erneut an und schließen Sie die Seiten des Anbieters ab.</translation>
    </message>
    <message>
        <source> Check the client registration at the provider (a native public client, PKCE S256, redirect http://127.0.0.1/callback).</source>
        <translation> Prüfen Sie die Client-Registrierung beim Anbieter (ein nativer öffentlicher Client, PKCE S256, Redirect http://127.0.0.1/callback).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer carries no authorization code. Sign in again.</source>
        <translation>Die Antwort des Identitätsanbieters enthält keinen Autorisierungscode. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>the authorization code</source>
        <translation>den Autorisierungscode</translation>
    </message>
    <message>
        <source>the saved sign-in (refresh token)</source>
        <translation>die gespeicherte Anmeldung (Refresh-Token)</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint answered HTTP %1 for %2 without an OAuth error; try again later or ask the provider&apos;s administrator.</source>
        <translation>Der Token-Endpunkt des Identitätsanbieters hat für %2 mit HTTP %1 ohne OAuth-Fehler geantwortet; versuchen Sie es später erneut oder wenden Sie sich an den Administrator des Anbieters.</translation>
    </message>
    <message>
        <source>The identity provider refused %1 (%2%3).</source>
        <translation>Der Identitätsanbieter hat %1 abgelehnt (%2%3).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint answered with something that is not JSON for %1.</source>
        <translation>Der Token-Endpunkt des Identitätsanbieters hat für %1 mit etwas geantwortet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>The identity provider issued tokens of an unknown type &quot;%1&quot;.</source>
        <translation>Der Identitätsanbieter hat Token eines unbekannten Typs „%1“ ausgestellt.</translation>
    </message>
    <message>
        <source>The identity provider %1 returned no ID token; check that client &quot;%2&quot; may use the &quot;openid&quot; scope.</source>
        <translation>Der Identitätsanbieter %1 hat kein ID-Token zurückgegeben; prüfen Sie, ob der Client „%2“ den Scope „openid“ verwenden darf.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) is not available: there is no D-Bus session on this computer; Custos keeps patient data in memory only.</source>
        <translation>Der System-Schlüsselbund (Secret Service) ist nicht verfügbar: Auf diesem Computer gibt es keine D-Bus-Sitzung; Custos hält Patientendaten nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The sign-in did not establish who you are.</source>
        <translation>Die Anmeldung hat nicht ergeben, wer Sie sind.</translation>
    </message>
    <message>
        <source>This site requires a second factor: enter the code from your authenticator app.</source>
        <translation>Dieser Standort verlangt einen zweiten Faktor: Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The session is not locked.</source>
        <translation>Die Sitzung ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this session. To sign in as someone else, switch user: the open studies will be closed.</source>
        <translation>Nur %1 kann diese Sitzung entsperren. Um sich als jemand anderes anzumelden, wechseln Sie den Benutzer: Die geöffneten Studien werden dabei geschlossen.</translation>
    </message>
    <message>
        <source>The cached copy does not match this series any more; it was discarded.</source>
        <translation>Die zwischengespeicherte Kopie passt nicht mehr zu dieser Serie; sie wurde verworfen.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created; patient data stays in memory only.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden; Patientendaten bleiben nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>%1 The audit trail waits in memory until the keychain is available.</source>
        <translation>%1 Das Audit-Protokoll wartet im Arbeitsspeicher, bis der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>The audit trail could not be opened (%1).</source>
        <translation>Das Audit-Protokoll konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The encrypted cache could not be opened (%1); studies are read from their files each time.</source>
        <translation>Der verschlüsselte Cache konnte nicht geöffnet werden (%1); Studien werden jedes Mal aus ihren Dateien gelesen.</translation>
    </message>
</context>
<context>
    <name>custos::auth</name>
    <message>
        <source>Wrong user name, password or code.</source>
        <translation>Falscher Benutzername, falsches Passwort oder falscher Code.</translation>
    </message>
    <message>
        <source>The local accounts file %1 was refused: it was changed outside Custos, is damaged, or belongs to another keychain. Local sign-in stays off until an administrator restores it from a backup or removes it.</source>
        <translation>Die Datei der lokalen Konten %1 wurde abgelehnt: Sie wurde außerhalb von Custos geändert, ist beschädigt oder gehört zu einem anderen Schlüsselbund. Die lokale Anmeldung bleibt deaktiviert, bis ein Administrator die Datei aus einer Sicherung wiederherstellt oder entfernt.</translation>
    </message>
    <message>
        <source>The local accounts file %1 could not be read: %2.</source>
        <translation>Die Datei der lokalen Konten %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The local accounts file %1 is an older copy (change %2; the keychain records change %3). It is refused because it could undo a lockout, a used code or a removed account.</source>
        <translation>Die Datei der lokalen Konten %1 ist eine ältere Kopie (Änderungsstand %2; im Schlüsselbund ist Änderungsstand %3 vermerkt). Sie wird abgelehnt, weil sie eine Sperre, einen bereits verwendeten Code oder ein entferntes Konto rückgängig machen könnte.</translation>
    </message>
    <message>
        <source>The local accounts in %1 are busy (another Custos process holds %2); try again.</source>
        <translation>Die lokalen Konten in %1 sind belegt (ein anderer Custos-Prozess hält %2); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The one-time code secret of %1 could not be decrypted; reset it with custos-cli users reset-mfa.</source>
        <translation>Das Geheimnis für die Einmalcodes von %1 konnte nicht entschlüsselt werden; setzen Sie es mit custos-cli users reset-mfa zurück.</translation>
    </message>
    <message>
        <source>This code was already used. Wait for the next code of your authenticator app.</source>
        <translation>Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <source>Local accounts need the keychain, which is not available.</source>
        <translation>Lokale Konten benötigen den Schlüsselbund, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The folder %1 for local accounts could not be created.</source>
        <translation>Der Ordner %1 für lokale Konten konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: use 1 to 64 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Kontoname: Verwenden Sie 1 bis 64 Zeichen aus Buchstaben a-z, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are: %2.</source>
        <translation>Unbekannte Rolle „%1“; verfügbare Rollen: %2.</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>Ein Konto benötigt mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The display name must be at most 128 characters, without control characters.</source>
        <translation>Der Anzeigename darf höchstens 128 Zeichen lang sein und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An account named %1 exists already.</source>
        <translation>Ein Konto mit dem Namen %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>There is no local account named %1.</source>
        <translation>Es gibt kein lokales Konto mit dem Namen %1.</translation>
    </message>
    <message>
        <source>The account %1 is locked for %2 more seconds after repeated failed sign-ins.</source>
        <translation>Das Konto %1 ist nach wiederholten fehlgeschlagenen Anmeldeversuchen noch %2 Sekunden lang gesperrt.</translation>
    </message>
    <message>
        <source>The account is now locked for %1 seconds.</source>
        <translation>Das Konto ist jetzt für %1 Sekunden gesperrt.</translation>
    </message>
    <message>
        <source>The password hash cost (t=%1, m=%2 KiB, p=%3) is outside the accepted bounds.</source>
        <translation>Die Kostenparameter des Passwort-Hashes (t=%1, m=%2 KiB, p=%3) liegen außerhalb der zulässigen Grenzen.</translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>Das Passwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>Das Passwort hat %1 Zeichen; es muss mindestens %2 haben.</translation>
    </message>
    <message>
        <source>The password has %1 characters; at most %2 are accepted.</source>
        <translation>Das Passwort hat %1 Zeichen; höchstens %2 sind zulässig.</translation>
    </message>
    <message>
        <source>The password could not be hashed: %1.</source>
        <translation>Das Passwort konnte nicht gehasht werden: %1.</translation>
    </message>
    <message>
        <source>The stored password hash is not an Argon2id (version 19) hash: it is damaged.</source>
        <translation>Der gespeicherte Passwort-Hash ist kein Argon2id-Hash (Version 19): Er ist beschädigt.</translation>
    </message>
    <message>
        <source>The stored password hash could not be checked: %1.</source>
        <translation>Der gespeicherte Passwort-Hash konnte nicht geprüft werden: %1.</translation>
    </message>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>Es gibt keinen Inhalt für einen QR-Code.</translation>
    </message>
    <message>
        <source>The QR code could not be made (%1 bytes): %2.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden (%1 Byte): %2.</translation>
    </message>
    <message>
        <source>too long for a QR code</source>
        <translation>zu lang für einen QR-Code</translation>
    </message>
    <message>
        <source>One-time codes have %1 to %2 digits, not %3.</source>
        <translation>Einmalcodes haben %1 bis %2 Ziffern, nicht %3.</translation>
    </message>
    <message>
        <source>The one-time code period must be positive.</source>
        <translation>Die Gültigkeitsdauer der Einmalcodes muss positiv sein.</translation>
    </message>
</context>
<context>
    <name>custos::auth::BrowserLauncher</name>
    <message>
        <source>Custos could not open the system browser (%1 did not start). Set a browser command in the sign-in settings, or open this address in a browser on this computer: %2</source>
        <translation>Custos konnte den Systembrowser nicht öffnen (%1 wurde nicht gestartet). Legen Sie in den Anmeldeeinstellungen einen Browser-Befehl fest oder öffnen Sie diese Adresse in einem Browser auf diesem Computer: %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; %2 before the sign-in finished.</source>
        <translation>Der Browser-Befehl „%1“ %2, bevor die Anmeldung abgeschlossen war.</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; %2 before the sign-in finished: %3</source>
        <translation>Der Browser-Befehl „%1“ %2, bevor die Anmeldung abgeschlossen war: %3</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; could not be started (%2); check the browser command in the sign-in settings.</source>
        <translation>Der Browser-Befehl „%1“ konnte nicht gestartet werden (%2); prüfen Sie den Browser-Befehl in den Anmeldeeinstellungen.</translation>
    </message>
</context>
<context>
    <name>custos::auth::OidcClient</name>
    <message>
        <source>key set (JWKS)</source>
        <translation>Schlüsselsatz (JWKS)</translation>
    </message>
    <message>
        <source>The identity provider did not answer within %1 when asked for its %2 (%3). Check the network, or try again later.</source>
        <translation>Der Identitätsanbieter hat auf die Anfrage nach seinem %2 (%3) nicht innerhalb von %1 geantwortet. Prüfen Sie das Netzwerk oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Custos could not reach the identity provider for its %1 at %2: %3.</source>
        <translation>Custos konnte den Identitätsanbieter nicht erreichen, um nach seinem %1 unter %2 zu fragen: %3.</translation>
    </message>
    <message>
        <source>The identity provider answered HTTP %1 when asked for its %2 at %3; check the issuer URL in the sign-in settings.</source>
        <translation>Der Identitätsanbieter hat auf die Anfrage nach seinem %2 unter %3 mit HTTP %1 geantwortet; prüfen Sie die Aussteller-URL in den Anmeldeeinstellungen.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint (%1) did not answer within %2. Try again later.</source>
        <translation>Der Token-Endpunkt des Identitätsanbieters (%1) hat nicht innerhalb von %2 geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Custos could not reach the identity provider&apos;s token endpoint (%1): %2.</source>
        <translation>Custos konnte den Token-Endpunkt des Identitätsanbieters (%1) nicht erreichen: %2.</translation>
    </message>
    <message>
        <source>discovery document</source>
        <translation>Discovery-Dokument</translation>
    </message>
    <message>
        <source>Internal error: a token request needs the authorization code and its PKCE verifier.</source>
        <translation>Interner Fehler: Eine Token-Anfrage benötigt den Autorisierungscode und seinen PKCE-Code-Verifier.</translation>
    </message>
    <message>
        <source>A sign-in is already in progress; finish it in the browser or cancel it first.</source>
        <translation>Es läuft bereits eine Anmeldung; schließen Sie sie zuerst im Browser ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The sign-in did not finish within %1: nobody completed the identity provider&apos;s page in the browser. Try again.</source>
        <translation>Die Anmeldung wurde nicht innerhalb von %1 abgeschlossen: Niemand hat die Seite des Identitätsanbieters im Browser ausgefüllt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The renewed sign-in names another user than the saved one; it was refused. Sign in again.</source>
        <translation>Die erneuerte Anmeldung nennt einen anderen Benutzer als die gespeicherte; sie wurde abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Saved sign-ins are turned off (no keychain); sign in again.</source>
        <translation>Gespeicherte Anmeldungen sind deaktiviert (kein Schlüsselbund); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in is already being renewed.</source>
        <translation>Die Anmeldung wird bereits erneuert.</translation>
    </message>
    <message>
        <source>There is no saved sign-in with %1 in the %2; sign in again.</source>
        <translation>In %2 ist keine gespeicherte Anmeldung bei %1 vorhanden; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The identity provider renewed the sign-in without an ID token, so Custos cannot confirm who is signed in. Sign in again.</source>
        <translation>Der Identitätsanbieter hat die Anmeldung ohne ID-Token erneuert, daher kann Custos nicht bestätigen, wer angemeldet ist. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Reading headers… %1 of %2 files</source>
        <translation>Header werden gelesen… %1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekanntes Layout „%1“; verwenden Sie eines der folgenden: %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;MPR (axial, coronal, sagittal)</source>
        <translation>&amp;MPR (axial, koronar, sagittal)</translation>
    </message>
    <message>
        <source>Shift-click places the cursor in all three planes.</source>
        <translation>Umschalt+Klick setzt den Cursor in allen drei Ebenen.</translation>
    </message>
    <message>
        <source>S&amp;ynchronise Scrolling</source>
        <translation>Synchrones &amp;Blättern</translation>
    </message>
    <message>
        <source>&amp;Window Presets</source>
        <translation>&amp;Fenstervoreinstellungen</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>From the file	0</source>
        <translation>Aus der Datei	0</translation>
    </message>
    <message>
        <source>&amp;Invert	I</source>
        <translation>&amp;Invertieren	I</translation>
    </message>
    <message>
        <source>&amp;Reset View	R</source>
        <translation>Ansicht &amp;zurücksetzen	R</translation>
    </message>
    <message>
        <source>&amp;Cine	Space</source>
        <translation>&amp;Cine	Space</translation>
    </message>
    <message>
        <source>Thick &amp;Slab	M</source>
        <translation>&amp;Dickschicht	M</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>MIP 10 mm</source>
        <translation>MIP 10 mm</translation>
    </message>
    <message>
        <source>MinIP 10 mm</source>
        <translation>MinIP 10 mm</translation>
    </message>
    <message>
        <source>Average 10 mm</source>
        <translation>Mittelwert 10 mm</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Window/Level	W</source>
        <translation>&amp;Fensterung	W</translation>
    </message>
    <message>
        <source>&amp;Distance	D</source>
        <translation>&amp;Abstand	D</translation>
    </message>
    <message>
        <source>&amp;Angle	N</source>
        <translation>&amp;Winkel	N</translation>
    </message>
    <message>
        <source>&amp;Ellipse ROI	E</source>
        <translation>&amp;Ellipsen-ROI	E</translation>
    </message>
    <message>
        <source>&amp;Freehand ROI	G</source>
        <translation>F&amp;reihand-ROI	G</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time Custos starts.</source>
        <translation>Die Sprache wird beim nächsten Start von Custos umgestellt.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Tastatur und Maus</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;window/level (or the active measuring tool)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Right drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Middle drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel, arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous/next slice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up/Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;jump a tenth of the series&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home/End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;first/last slice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1–8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the file&apos;s own window&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;I / R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;invert / reset view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space, + / −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cine on/off, faster/slower&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M, [ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;thick slab: MIP, MinIP, average, off; thinner/thicker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;W D N E G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;window/level, distance, angle, ellipse, freehand&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;remove the last measurement on this slice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift-click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move every view to this point (MPR cursor)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;MPR: axial, coronal, sagittal&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag a series&lt;/b&gt;&lt;/td&gt;&lt;td&gt;onto a viewport to show it there&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Linke Maustaste ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fensterung (oder das aktive Messwerkzeug)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Rechte Maustaste ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mittlere Maustaste ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mausrad, Pfeiltasten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vorherige/nächste Schicht&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bild auf/ab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;um ein Zehntel der Serie springen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pos1/Ende&lt;/b&gt;&lt;/td&gt;&lt;td&gt;erste/letzte Schicht&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1–8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Hirn, Subdural, Schlaganfall, Lunge, Mediastinum, Abdomen, Leber, Knochen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fenster aus der Datei&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;I / R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Invertieren / Ansicht zurücksetzen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste, + / −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cine ein/aus, schneller/langsamer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M, [ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Dickschicht: MIP, MinIP, Mittelwert, aus; dünner/dicker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;W D N E G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fensterung, Abstand, Winkel, Ellipse, Freihand&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;letzte Messung auf dieser Schicht entfernen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Umschalt+Klick&lt;/b&gt;&lt;/td&gt;&lt;td&gt;alle Ansichten auf diesen Punkt ausrichten (MPR-Cursor)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;MPR: axial, koronar, sagittal&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Serie ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;auf ein Ansichtsfenster, um sie dort anzuzeigen&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Open a folder of DICOM files</source>
        <translation>Ordner mit DICOM-Dateien öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2  %3
%n image(s)</source>
        <translation>
            <numerusform>%1 %2  %3
%n Bild</numerusform>
            <numerusform>%1 %2  %3
%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; the rest is shown.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden; die übrigen werden angezeigt.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden; die übrigen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No DICOM images were found.</source>
        <translation>Es wurden keine DICOM-Bilder gefunden.</translation>
    </message>
    <message>
        <source>No image could be read: %1</source>
        <translation>Es konnte kein Bild gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;.</source>
        <translation>Unbekannte Voreinstellung „%1“.</translation>
    </message>
    <message>
        <source>  loading %1%</source>
        <translation>  wird geladen&#xa0;%1&#xa0;%</translation>
    </message>
    <message>
        <source>Loading images %1 of %2…</source>
        <translation>Bilder werden geladen: %1 von %2…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of this series could not be decoded.</source>
        <translation>
            <numerusform>%n Bild dieser Serie konnte nicht dekodiert werden.</numerusform>
            <numerusform>%n Bilder dieser Serie konnten nicht dekodiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images of this series could not be decoded: %1</source>
        <translation>Einige Bilder dieser Serie konnten nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>Opened from the encrypted cache.</source>
        <translation>Aus dem verschlüsselten Cache geöffnet.</translation>
    </message>
    <message>
        <source>Image review</source>
        <translation>Bildbeurteilung</translation>
    </message>
</context>
<context>
    <name>custos::ui::SliceView</name>
    <message>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>Koronar</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <source>Drag a series here, or open a folder from the File menu</source>
        <translation>Ziehen Sie eine Serie hierher oder öffnen Sie einen Ordner über das Menü „Datei“</translation>
    </message>
    <message>
        <source>Im: %1/%2</source>
        <translation>Bild: %1/%2</translation>
    </message>
    <message>
        <source>Loc: %1 mm</source>
        <translation>Pos.: %1 mm</translation>
    </message>
    <message>
        <source>Cine %1 fps</source>
        <translation>Cine %1 fps</translation>
    </message>
    <message>
        <source>MIP %1 mm</source>
        <translation>MIP %1 mm</translation>
    </message>
    <message>
        <source>MinIP %1 mm</source>
        <translation>MinIP %1 mm</translation>
    </message>
    <message>
        <source>Average %1 mm</source>
        <translation>Mittelwert %1 mm</translation>
    </message>
    <message>
        <source>(%1, %2, %3): %4 %5</source>
        <translation>(%1, %2, %3): %4 %5</translation>
    </message>
    <message>
        <source>Zoom: %1×</source>
        <translation>Zoom: %1×</translation>
    </message>
    <message>
        <source>W: %1  L: %2</source>
        <translation>W: %1  L: %2</translation>
    </message>
    <message>
        <source>  (inverted)</source>
        <translation>  (invertiert)</translation>
    </message>
    <message>
        <source>Sp: %1 mm
%2×%3</source>
        <translation>Abst.: %1 mm
%2×%3</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Wird geladen… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>custos::ui::StudyLoader</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custos radiology viewer</source>
        <translation>Custos – Radiologie-Viewer</translation>
    </message>
    <message>
        <source>DICOM files, folders or DICOMDIRs to open.</source>
        <translation>Zu öffnende DICOM-Dateien, Ordner oder DICOMDIRs.</translation>
    </message>
    <message>
        <source>Initial window preset (brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone).</source>
        <translation>Fenstervoreinstellung beim Start (brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone).</translation>
    </message>
    <message>
        <source>Render once everything is loaded, save the window as PNG, and exit.</source>
        <translation>Nach vollständigem Laden rendern, das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Viewport layout: 1x1, 1x2, 2x1, 2x2 or 1x3.</source>
        <translation>Layout der Ansichtsfenster: 1x1, 1x2, 2x1, 2x2 oder 1x3.</translation>
    </message>
    <message>
        <source>Show axial, coronal and sagittal views of the largest series.</source>
        <translation>Axiale, koronare und sagittale Ansicht der größten Serie anzeigen.</translation>
    </message>
    <message>
        <source>Print the time to the first image and to the full load (for benchmarks).</source>
        <translation>Zeit bis zum ersten Bild und bis zum vollständigen Laden ausgeben (für Benchmarks).</translation>
    </message>
    <message>
        <source>Where Custos keeps its state.</source>
        <translation>Verzeichnis, in dem Custos seinen Zustand speichert.</translation>
    </message>
</context>
</TS>
