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
        <source>End User Display Device</source>
        <translation>Anzeigegerät des Endbenutzers</translation>
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
