<?xml version="1.0" encoding="utf-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AiOverlay</name>
    <message>
        <source>not approved</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n not approved</source>
        <translation>
            <numerusform>%n nicht freigegeben</numerusform>
            <numerusform>%n nicht freigegeben</numerusform>
        </translation>
    </message>
</context>
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
    <name>QDialog</name>
    <message>
        <source>Comment on AI Finding</source>
        <translation>KI-Befund kommentieren</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The Custos service is not running, so nothing can be recorded; ask IT to start it (custosd). Until then no patient data can be shown or exported. (%1)</source>
        <translation>Der Custos-Dienst läuft nicht, daher kann nichts protokolliert werden; bitten Sie die IT, ihn zu starten (custosd). Bis dahin können keine Patientendaten angezeigt oder exportiert werden. (%1)</translation>
    </message>
    <message>
        <source>The program listening on %1 runs as %2, not as the Custos service account %3: it is not the Custos service, so nothing is sent to it. Tell IT.</source>
        <translation>Das Programm, das an %1 lauscht, läuft als %2, nicht als das Custos-Dienstkonto %3: Es ist nicht der Custos-Dienst, daher wird ihm nichts gesendet. Informieren Sie die IT.</translation>
    </message>
    <message>
        <source>The Custos service account %1 does not exist on this computer, so the Custos service cannot be trusted. Ask IT to reinstall Custos.</source>
        <translation>Das Custos-Dienstkonto %1 existiert auf diesem Computer nicht, daher kann dem Custos-Dienst nicht vertraut werden. Bitten Sie die IT, Custos neu zu installieren.</translation>
    </message>
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
    <message>
        <source>The identity provider&apos;s certificate authority file %1 (identityProvider.caFile) could not be read or holds no PEM certificate; single sign-on cannot check the provider without it.</source>
        <translation>Die Datei der Zertifizierungsstelle (CA) des Identitätsanbieters %1 (identityProvider.caFile) konnte nicht gelesen werden oder enthält kein PEM-Zertifikat; ohne sie kann Single Sign-On den Anbieter nicht prüfen.</translation>
    </message>
    <message>
        <source>The cache could not make its new objects durable: %1</source>
        <translation>Der Cache konnte seine neuen Objekte nicht dauerhaft sichern: %1</translation>
    </message>
    <message>
        <source>The encrypted data is %1 bytes long, which does not fit the %2 bytes it should hold: it is truncated or not Custos data.</source>
        <translation>Die verschlüsselten Daten sind %1 Byte lang, was nicht zu den %2 Byte passt, die sie enthalten sollten: Sie sind abgeschnitten oder keine Custos-Daten.</translation>
    </message>
    <message>
        <source>The file is not DICOM: it has neither the DICM marker nor a recognisable DICOM dataset at its start.</source>
        <translation>Die Datei ist keine DICOM-Datei: Sie hat weder die DICM-Kennung noch einen erkennbaren DICOM-Datensatz an ihrem Anfang.</translation>
    </message>
    <message>
        <source>The image claims %1 × %2 pixels per frame, more than Custos reads (at most %3 MiB per frame); the file is damaged or hostile.</source>
        <translation>Das Bild gibt %1 × %2 Pixel pro Frame an, mehr als Custos liest (höchstens %3 MiB pro Frame); die Datei ist beschädigt oder gezielt manipuliert.</translation>
    </message>
    <message>
        <source>The image claims %1 frames of %2 × %3 pixels, more than Custos reads (at most %4 GiB per file); the file is damaged or hostile.</source>
        <translation>Das Bild gibt %1 Frames mit %2 × %3 Pixeln an, mehr als Custos liest (höchstens %4 GiB pro Datei); die Datei ist beschädigt oder gezielt manipuliert.</translation>
    </message>
    <message>
        <source>The compressed pixel data is malformed: its fragments cannot be found.</source>
        <translation>Die komprimierten Pixeldaten sind fehlerhaft: Ihre Fragmente können nicht gefunden werden.</translation>
    </message>
    <message>
        <source>The compressed pixel data holds no fragments, so there is no image to decode.</source>
        <translation>Die komprimierten Pixeldaten enthalten keine Fragmente, daher gibt es kein Bild zu dekodieren.</translation>
    </message>
    <message>
        <source>Fragment %1 of the compressed pixel data is empty; the file is damaged.</source>
        <translation>Fragment %1 der komprimierten Pixeldaten ist leer; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file claims %1 frames, but its compressed pixel data holds only %2 fragments.</source>
        <translation>Die Datei gibt %1 Frames an, ihre komprimierten Pixeldaten enthalten jedoch nur %2 Fragmente.</translation>
    </message>
    <message>
        <source>The received instance is shorter than its pixel data must be.</source>
        <translation>Die empfangene Instanz ist kürzer, als es ihre Pixeldaten erfordern.</translation>
    </message>
    <message>
        <source>No data was received for this instance.</source>
        <translation>Für diese Instanz wurden keine Daten empfangen.</translation>
    </message>
    <message>
        <source>The file is truncated or damaged: its element (%1,%2) claims %3 bytes, but only %4 follow it.</source>
        <translation>Die Datei ist abgeschnitten oder beschädigt: Ihr Element (%1,%2) gibt %3 Byte an, es folgen jedoch nur %4.</translation>
    </message>
    <message>
        <source>The file&apos;s sequences are nested more than %1 levels deep; such a file is damaged or made to crash readers, and Custos does not read it.</source>
        <translation>Die Sequenzen der Datei sind mehr als %1 Ebenen tief verschachtelt; eine solche Datei ist beschädigt oder dazu gemacht, Programme zum Absturz zu bringen, und Custos liest sie nicht.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a pipe, socket or device), so Custos does not read it.</source>
        <translation>Dies ist keine reguläre Datei (sondern eine Pipe, ein Socket oder ein Gerät), daher liest Custos sie nicht.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Die Datei ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>The file&apos;s deflated data cannot be inflated within 512 MiB, so Custos does not read it.</source>
        <translation>Die mit Deflate komprimierten Daten der Datei lassen sich nicht innerhalb von 512 MiB entpacken, daher liest Custos sie nicht.</translation>
    </message>
    <message>
        <source>The file asks for more memory than Custos can give; it is damaged or hostile.</source>
        <translation>Die Datei verlangt mehr Arbeitsspeicher, als Custos bereitstellen kann; sie ist beschädigt oder gezielt manipuliert.</translation>
    </message>
    <message>
        <source>The file is damaged: DCMTK failed while parsing it.</source>
        <translation>Die Datei ist beschädigt: DCMTK ist beim Auswerten gescheitert.</translation>
    </message>
    <message>
        <source>The received object is not a DICOM Part 10 stream (no DICM marker).</source>
        <translation>Das empfangene Objekt ist kein DICOM-Part-10-Datenstrom (keine DICM-Kennung).</translation>
    </message>
    <message>
        <source>The received instance could not be read again: %1</source>
        <translation>Die empfangene Instanz konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>the RLE data holds %1 fragments for %2 frames; each frame must be one fragment</source>
        <translation>die RLE-Daten enthalten %1 Fragmente für %2 Frames; jeder Frame muss aus genau einem Fragment bestehen</translation>
    </message>
    <message>
        <source>the RLE data has no fragment for this frame</source>
        <translation>die RLE-Daten enthalten kein Fragment für diesen Frame</translation>
    </message>
    <message>
        <source>the RLE fragment is %1 bytes long, shorter than its 64-byte header</source>
        <translation>das RLE-Fragment ist %1 Byte lang und damit kürzer als sein 64-Byte-Header</translation>
    </message>
    <message>
        <source>the RLE fragment could not be read</source>
        <translation>das RLE-Fragment konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the RLE header names %1 segments where the image needs %2</source>
        <translation>der RLE-Header nennt %1 Segmente, das Bild benötigt jedoch %2</translation>
    </message>
    <message>
        <source>the RLE header&apos;s segment offsets are damaged</source>
        <translation>die Segment-Offsets im RLE-Header sind beschädigt</translation>
    </message>
    <message>
        <source>the pixel data claims %1 bytes, more than the whole file holds</source>
        <translation>die Pixeldaten geben %1 Byte an, mehr als die gesamte Datei enthält</translation>
    </message>
    <message>
        <source>fragment %1 of the compressed pixel data is empty</source>
        <translation>Fragment %1 der komprimierten Pixeldaten ist leer</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file could not be read: an unexpected error occurred.</source>
        <translation>Die Datei konnte nicht gelesen werden: Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The series is too large to load: %1 images of %2 × %3 pixels need more than %4 GiB.</source>
        <translation>Die Serie ist zu groß zum Laden: %1 Bilder mit %2 × %3 Pixeln benötigen mehr als %4 GiB.</translation>
    </message>
    <message>
        <source>received instance %1</source>
        <translation>empfangene Instanz %1</translation>
    </message>
    <message>
        <source>Decoding the image needs more memory than Custos can give; the file is damaged or hostile.</source>
        <translation>Das Dekodieren des Bildes erfordert mehr Arbeitsspeicher, als Custos bereitstellen kann; die Datei ist beschädigt oder gezielt manipuliert.</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>Das Bild konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>The image could not be decoded: an unexpected error occurred.</source>
        <translation>Das Bild konnte nicht dekodiert werden: Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>There is not enough memory to load the series (%1 images of %2 × %3 pixels).</source>
        <translation>Es ist nicht genügend Arbeitsspeicher vorhanden, um die Serie zu laden (%1 Bilder mit %2 × %3 Pixeln).</translation>
    </message>
    <message>
        <source>The identity of the other process could not be read (%1).</source>
        <translation>Die Identität des anderen Prozesses konnte nicht ermittelt werden (%1).</translation>
    </message>
    <message>
        <source>This system cannot tell which user is at the other end of a local socket.</source>
        <translation>Dieses System kann nicht feststellen, welcher Benutzer am anderen Ende eines lokalen Sockets ist.</translation>
    </message>
    <message>
        <source>There is no system account named %1.</source>
        <translation>Es gibt kein Systemkonto namens %1.</translation>
    </message>
    <message>
        <source>The sealing key %1 cannot be read (%2). Was custosd --init run?</source>
        <translation>Der Versiegelungsschlüssel %1 kann nicht gelesen werden (%2). Wurde custosd --init ausgeführt?</translation>
    </message>
    <message>
        <source>The sealing key %1 is damaged.</source>
        <translation>Der Versiegelungsschlüssel %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>This is not a Custos verification key (expected one line &quot;custos-fss-v1:...&quot; as custosd --init wrote it).</source>
        <translation>Dies ist kein Custos-Prüfschlüssel (erwartet wird eine Zeile „custos-fss-v1:...“, wie custosd --init sie geschrieben hat).</translation>
    </message>
    <message>
        <source>The verification key file %1 cannot be read (%2).</source>
        <translation>Die Prüfschlüsseldatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The epoch length must be at least one second.</source>
        <translation>Die Epochenlänge muss mindestens eine Sekunde betragen.</translation>
    </message>
    <message>
        <source>%1 already holds an audit trail; custosd --init runs once.</source>
        <translation>%1 enthält bereits ein Audit-Protokoll; custosd --init wird nur einmal ausgeführt.</translation>
    </message>
    <message>
        <source>The state folder %1 could not be created.</source>
        <translation>Der Zustandsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The verification key file %1 already exists; it is written once and never replaced.</source>
        <translation>Die Prüfschlüsseldatei %1 existiert bereits; sie wird einmal geschrieben und nie ersetzt.</translation>
    </message>
    <message>
        <source>The verification key file %1 could not be created (%2).</source>
        <translation>Die Prüfschlüsseldatei %1 konnte nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>The verification key file %1 could not be written.</source>
        <translation>Die Prüfschlüsseldatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1 could not be given to the service account (%2).</source>
        <translation>%1 konnte nicht an das Dienstkonto übergeben werden (%2).</translation>
    </message>
    <message>
        <source>The audit trail could not be written to disk (%1).</source>
        <translation>Das Audit-Protokoll konnte nicht auf den Datenträger geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The sealing key could not be moved to the next epoch (%1).</source>
        <translation>Der Versiegelungsschlüssel konnte nicht in die nächste Epoche überführt werden (%1).</translation>
    </message>
    <message>
        <source>The state folder %1 does not exist; run custosd --init first.</source>
        <translation>Der Zustandsordner %1 existiert nicht; führen Sie zuerst custosd --init aus.</translation>
    </message>
    <message>
        <source>The state folder %1 must belong to the account custosd runs as (%2) and be closed to everyone else (mode 0700).</source>
        <translation>Der Zustandsordner %1 muss dem Konto gehören, unter dem custosd läuft (%2), und für alle anderen gesperrt sein (Modus 0700).</translation>
    </message>
    <message>
        <source>The sealing key %1 cannot be opened for writing (%2).</source>
        <translation>Der Versiegelungsschlüssel %1 kann nicht zum Schreiben geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Another custosd is already keeping the audit trail in %1.</source>
        <translation>Ein anderer custosd führt bereits das Audit-Protokoll in %1.</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be read (%2).</source>
        <translation>Das Audit-Protokoll %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The audit trail %1 does not belong to this sealing key.</source>
        <translation>Das Audit-Protokoll %1 gehört nicht zu diesem Versiegelungsschlüssel.</translation>
    </message>
    <message>
        <source>The audit trail %1 holds a record of epoch %2, later than its sealing key (epoch %3): the state was tampered with.</source>
        <translation>Das Audit-Protokoll %1 enthält einen Datensatz der Epoche %2, die später ist als die seines Versiegelungsschlüssels (Epoche %3): Der Zustand wurde manipuliert.</translation>
    </message>
    <message>
        <source>The torn end of the audit trail %1 could not be cut (%2).</source>
        <translation>Das unvollständige Ende des Audit-Protokolls %1 konnte nicht abgeschnitten werden (%2).</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be opened for writing (%2).</source>
        <translation>Das Audit-Protokoll %1 kann nicht zum Schreiben geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The last seal of the audit trail %1 is damaged.</source>
        <translation>Das letzte Siegel des Audit-Protokolls %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not a Custos audit trail.</source>
        <translation>%1 ist kein Custos-Audit-Protokoll.</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be read past byte %2.</source>
        <translation>Das Audit-Protokoll %1 kann ab Byte %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This audit trail was not made with this verification key (it belongs to another custosd --init).</source>
        <translation>Dieses Audit-Protokoll wurde nicht mit diesem Prüfschlüssel erstellt (es gehört zu einem anderen custosd --init).</translation>
    </message>
    <message>
        <source> The last %1 bytes are an unfinished write (never acknowledged).</source>
        <translation> Die letzten %1 Byte sind ein unvollständiger Schreibvorgang (nie bestätigt).</translation>
    </message>
    <message>
        <source>The audit trail cannot be read at byte %1 (after record %2): it was damaged or edited.</source>
        <translation>Das Audit-Protokoll kann bei Byte %1 (nach Datensatz %2) nicht gelesen werden: Es wurde beschädigt oder bearbeitet.</translation>
    </message>
    <message>
        <source>Record %1 is missing: record %2 follows record %3.</source>
        <translation>Datensatz %1 fehlt: Auf Datensatz %3 folgt Datensatz %2.</translation>
    </message>
    <message>
        <source>Record %1 appears again (or out of order) after record %2.</source>
        <translation>Datensatz %1 erscheint erneut (oder an der falschen Stelle) nach Datensatz %2.</translation>
    </message>
    <message>
        <source>Record %1 does not link to the record before it: a record was removed, inserted or changed there.</source>
        <translation>Datensatz %1 ist nicht mit dem Datensatz davor verkettet: Dort wurde ein Datensatz entfernt, eingefügt oder verändert.</translation>
    </message>
    <message>
        <source>Record %1 is sealed with the key of epoch %2, but its place in the trail belongs to epoch %3 (epoch %3 was never sealed): a record of a past epoch was re-sealed with a later key, or records were removed.</source>
        <translation>Datensatz %1 ist mit dem Schlüssel der Epoche %2 versiegelt, seine Stelle im Protokoll gehört jedoch zur Epoche %3 (Epoche %3 wurde nie versiegelt): Ein Datensatz einer vergangenen Epoche wurde mit einem späteren Schlüssel neu versiegelt, oder es wurden Datensätze entfernt.</translation>
    </message>
    <message>
        <source>Record %1 claims epoch %2, which was already sealed before it: it was added afterwards.</source>
        <translation>Datensatz %1 gibt die Epoche %2 an, die schon vor ihm versiegelt wurde: Er wurde nachträglich hinzugefügt.</translation>
    </message>
    <message>
        <source>Record %1 is dated %2, which belongs to epoch %3, but it is sealed with the key of epoch %4: it was re-sealed with another epoch&apos;s key.</source>
        <translation>Datensatz %1 ist auf %2 datiert, was zur Epoche %3 gehört, er ist jedoch mit dem Schlüssel der Epoche %4 versiegelt: Er wurde mit dem Schlüssel einer anderen Epoche neu versiegelt.</translation>
    </message>
    <message>
        <source>Record %1 is dated %2, before the record ahead of it.</source>
        <translation>Datensatz %1 ist auf %2 datiert, früher als der Datensatz vor ihm.</translation>
    </message>
    <message>
        <source>Record %1 (epoch %2, %3) was changed after it was sealed: its seal does not match the key of its epoch.</source>
        <translation>Datensatz %1 (Epoche %2, %3) wurde nach seiner Versiegelung verändert: Sein Siegel passt nicht zum Schlüssel seiner Epoche.</translation>
    </message>
    <message>
        <source>The seal of epoch %1 (record %2) names no later epoch.</source>
        <translation>Das Siegel der Epoche %1 (Datensatz %2) nennt keine spätere Epoche.</translation>
    </message>
    <message>
        <source>OK: %1 records, chain intact; %2 epochs sealed%3. %4 records since the last seal are protected by the current key only.%5</source>
        <translation>OK: %1 Datensätze, Kette intakt; %2 Epochen versiegelt%3. %4 Datensätze seit dem letzten Siegel sind nur durch den aktuellen Schlüssel geschützt.%5</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <source>The service key %1 cannot be read (%2).</source>
        <translation>Der Dienstschlüssel %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>the Custos service&apos;s state folder</source>
        <translation>dem Zustandsordner des Custos-Dienstes</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged; no ticket can be trusted until it is restored.</source>
        <translation>%1 ist beschädigt; keinem Ticket kann vertraut werden, bis die Datei wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>The service&apos;s key folder %1 could not be made.</source>
        <translation>Der Schlüsselordner %1 des Dienstes konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>custosd does not know the account action &quot;%1&quot;.</source>
        <translation>custosd kennt die Kontoaktion „%1“ nicht.</translation>
    </message>
    <message>
        <source>This site requires a second factor and the identity provider did not report one for %1. Sign in with your second factor at the provider, or ask your administrator for a one-time enrolment code (custos-cli users issue-enrolment %1) to set up a Custos code.</source>
        <translation>Dieser Standort verlangt einen zweiten Faktor, und der Identitätsanbieter hat für %1 keinen gemeldet. Melden Sie sich beim Anbieter mit Ihrem zweiten Faktor an, oder bitten Sie Ihren Administrator um einen einmaligen Einrichtungscode (custos-cli users issue-enrolment %1), um einen Custos-Code einzurichten.</translation>
    </message>
    <message>
        <source>The identity provider did not report a second factor for %1; give your Custos one-time code.</source>
        <translation>Der Identitätsanbieter hat für %1 keinen zweiten Faktor gemeldet; geben Sie Ihren Custos-Einmalcode ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the service closed the connection before confirming the record</source>
        <translation>der Dienst hat die Verbindung geschlossen, bevor er den Datensatz bestätigt hat</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the request could not be sent to %1</source>
        <translation>die Anfrage konnte nicht an %1 gesendet werden</translation>
    </message>
    <message>
        <source>The Custos service answered another request; the connection is reset.</source>
        <translation>Der Custos-Dienst hat auf eine andere Anfrage geantwortet; die Verbindung wird zurückgesetzt.</translation>
    </message>
    <message>
        <source>The Custos service did not issue a sign-in ticket.</source>
        <translation>Der Custos-Dienst hat kein Anmeldeticket ausgestellt.</translation>
    </message>
    <message>
        <source>The Custos service did not confirm the record.</source>
        <translation>Der Custos-Dienst hat den Datensatz nicht bestätigt.</translation>
    </message>
    <message>
        <source>The service&apos;s folder %1 could not be made.</source>
        <translation>Der Ordner %1 des Dienstes konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>%1 must name the service &quot;account&quot; and an absolute &quot;socket&quot; path.</source>
        <translation>%1 muss das Konto („account“) des Dienstes und einen absoluten Socket-Pfad („socket“) nennen.</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is no longer read there: the backlog ceiling is part of the site policy now (&quot;auditCollector&quot;: {&quot;backlogCeiling&quot;: {&quot;records&quot;: N, &quot;hours&quot;: H}}, policy version 2). Move it into the policy and remove it from %1.</source>
        <translation>%1 nennt „%2“, was dort nicht mehr gelesen wird: Die Obergrenze für den Rückstau ist jetzt Teil der Standortrichtlinie (&quot;auditCollector&quot;: {&quot;backlogCeiling&quot;: {&quot;records&quot;: N, &quot;hours&quot;: H}}, Richtlinienversion 2). Übernehmen Sie sie in die Richtlinie und entfernen Sie sie aus %1.</translation>
    </message>
    <message>
        <source>A message of %1 bytes is larger than the %2 bytes allowed; the connection is closed.</source>
        <translation>Eine Nachricht von %1 Byte ist größer als die zulässigen %2 Byte; die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>An empty message was received.</source>
        <translation>Es wurde eine leere Nachricht empfangen.</translation>
    </message>
    <message>
        <source>A message is not valid CBOR (%1).</source>
        <translation>Eine Nachricht ist kein gültiges CBOR (%1).</translation>
    </message>
    <message>
        <source>A message must be a CBOR map.</source>
        <translation>Eine Nachricht muss eine CBOR-Map sein.</translation>
    </message>
    <message>
        <source>The audit event is missing or not a map.</source>
        <translation>Das Audit-Ereignis fehlt oder ist keine Map.</translation>
    </message>
    <message>
        <source>The audit event holds something that is not plain JSON (a tag, bytes, a non-text key, or too deep).</source>
        <translation>Das Audit-Ereignis enthält etwas, das kein reines JSON ist (ein Tag, Bytes, ein Schlüssel, der kein Text ist, oder eine zu tiefe Verschachtelung).</translation>
    </message>
    <message>
        <source>The audit collector %1 has not received %2 audit records (the oldest is %3 minutes old), more than this site allows; new actions on patient data are refused until delivery catches up. Tell IT.%4</source>
        <translation>Der Audit-Collector %1 hat %2 Audit-Datensätze noch nicht empfangen (der älteste ist %3 Minuten alt), mehr als dieser Standort zulässt; neue Aktionen mit Patientendaten werden abgelehnt, bis die Zustellung aufgeholt hat. Informieren Sie die IT.%4</translation>
    </message>
    <message>
        <source>custosd cannot listen on %1 (%2).</source>
        <translation>custosd kann nicht an %1 lauschen (%2).</translation>
    </message>
    <message>
        <source>This custosd speaks protocol version %1; the program asking speaks another. Install matching versions.</source>
        <translation>Dieser custosd spricht die Protokollversion %1; das anfragende Programm spricht eine andere. Installieren Sie zueinander passende Versionen.</translation>
    </message>
    <message>
        <source>An action on patient data needs a signed-in person, and this request carried no sign-in ticket. Sign in first.</source>
        <translation>Eine Aktion mit Patientendaten erfordert eine angemeldete Person, und diese Anfrage enthielt kein Anmeldeticket. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>custosd does not know the request &quot;%1&quot;.</source>
        <translation>custosd kennt die Anfrage „%1“ nicht.</translation>
    </message>
    <message>
        <source>The Custos service could not reach the identity provider for its %1 at %2: %3.</source>
        <translation>Der Custos-Dienst konnte den Identitätsanbieter nicht erreichen, um nach seinem %1 unter %2 zu fragen: %3.</translation>
    </message>
    <message>
        <source>The identity provider answered HTTP %1 when the Custos service asked for its %2 at %3.</source>
        <translation>Der Identitätsanbieter hat auf die Anfrage des Custos-Dienstes nach seinem %2 unter %3 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); no single sign-on can be accepted until it can.</source>
        <translation>%1 kann nicht gelesen werden (%2); bis dahin kann keine Single-Sign-on-Anmeldung angenommen werden.</translation>
    </message>
    <message>
        <source>%1 is damaged; no single sign-on can be accepted until it is restored.</source>
        <translation>%1 ist beschädigt; bis die Datei wiederhergestellt ist, kann keine Single-Sign-on-Anmeldung angenommen werden.</translation>
    </message>
    <message>
        <source>The identity provider did not ask for your password again (its sign-in is from %1, before this confirmation was asked for at %2); the confirmation was refused.</source>
        <translation>Der Identitätsanbieter hat Ihr Passwort nicht erneut abgefragt (seine Anmeldung stammt von %1, vor der Anforderung dieser Bestätigung um %2); die Bestätigung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s sign-in is from %1, older than this site&apos;s longest session; sign in at the provider again.</source>
        <translation>Die Anmeldung beim Identitätsanbieter stammt von %1 und ist älter als die längste Sitzung, die dieser Standort erlaubt; melden Sie sich beim Anbieter erneut an.</translation>
    </message>
    <message>
        <source>You signed in at the identity provider as %1, but none of your groups there (%2) is given a Custos role by this site&apos;s policy. Ask your administrator.</source>
        <translation>Sie haben sich beim Identitätsanbieter als %1 angemeldet, aber keiner Ihrer dortigen Gruppen (%2) weist die Standortrichtlinie eine Custos-Rolle zu. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The sign-in ticket is not valid: it was not issued by this computer&apos;s Custos service or it was changed. Sign in again.</source>
        <translation>Das Anmeldeticket ist ungültig: Es wurde nicht vom Custos-Dienst dieses Computers ausgestellt oder es wurde verändert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 key.</source>
        <translation>OpenSSL konnte keinen Ed25519-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>The ticket signing key is not an Ed25519 private key.</source>
        <translation>Der Schlüssel zum Signieren von Tickets ist kein privater Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The Custos service&apos;s public key is not an Ed25519 public key.</source>
        <translation>Der öffentliche Schlüssel des Custos-Dienstes ist kein öffentlicher Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>Only the Custos service signs tickets.</source>
        <translation>Nur der Custos-Dienst signiert Tickets.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the ticket.</source>
        <translation>OpenSSL konnte das Ticket nicht signieren.</translation>
    </message>
    <message>
        <source>The ticket signing key %1 cannot be read (%2).</source>
        <translation>Der Schlüssel zum Signieren von Tickets %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The ticket signing key %1 could not be given to the service account.</source>
        <translation>Der Schlüssel zum Signieren von Tickets %1 konnte nicht an das Dienstkonto übergeben werden.</translation>
    </message>
    <message>
        <source>The Custos service&apos;s public key %1 is missing, so no sign-in can be trusted. Ask IT to run custosd --init (the installer does).</source>
        <translation>Der öffentliche Schlüssel %1 des Custos-Dienstes fehlt, daher kann keiner Anmeldung vertraut werden. Bitten Sie die IT, custosd --init auszuführen (das Installationsprogramm tut dies).</translation>
    </message>
    <message>
        <source>%1 could not be made readable.</source>
        <translation>%1 konnte nicht lesbar gemacht werden.</translation>
    </message>
    <message>
        <source>This sign-in ticket belongs to another operating-system user; it is refused. Sign in yourself.</source>
        <translation>Dieses Anmeldeticket gehört einem anderen Betriebssystembenutzer; es wird abgelehnt. Melden Sie sich selbst an.</translation>
    </message>
    <message>
        <source>Your sign-in expired at %1. Sign in again.</source>
        <translation>Ihre Anmeldung ist um %1 abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The audit trail ends before record %1.</source>
        <translation>Das Audit-Protokoll endet vor Datensatz %1.</translation>
    </message>
    <message>
        <source>The audit trail holds record %1 where record %2 should be.</source>
        <translation>Das Audit-Protokoll enthält Datensatz %1 an der Stelle von Datensatz %2.</translation>
    </message>
    <message>
        <source>Audit record %1 cannot be read from the trail.</source>
        <translation>Audit-Datensatz %1 kann nicht aus dem Protokoll gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only an operating-system administrator (root, or a member of a group the site policy names) or a signed-in Custos administrator may manage Custos accounts.</source>
        <translation>Nur ein Betriebssystem-Administrator (root oder ein Mitglied einer Gruppe, die die Standortrichtlinie nennt) oder ein angemeldeter Custos-Administrator darf Custos-Konten verwalten.</translation>
    </message>
    <message>
        <source>You signed out with this ticket; sign in again.</source>
        <translation>Sie haben sich mit diesem Ticket abgemeldet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account was changed or removed by an administrator since you signed in, so your sign-in no longer counts. Sign in again (or ask your administrator).</source>
        <translation>Ihr Konto wurde seit Ihrer Anmeldung von einem Administrator geändert oder entfernt, daher gilt Ihre Anmeldung nicht mehr. Melden Sie sich erneut an (oder fragen Sie Ihren Administrator).</translation>
    </message>
    <message>
        <source>The identity provider signed in someone else; only the person of this session may confirm it.</source>
        <translation>Beim Identitätsanbieter hat sich jemand anderes angemeldet; nur die Person dieser Sitzung darf sie bestätigen.</translation>
    </message>
    <message>
        <source>Sign in first: this request carried no sign-in ticket.</source>
        <translation>Melden Sie sich zuerst an: Diese Anfrage enthielt kein Anmeldeticket.</translation>
    </message>
    <message>
        <source>There is no emergency access of yours with that id.</source>
        <translation>Es gibt keinen Notfallzugriff von Ihnen mit dieser ID.</translation>
    </message>
    <message>
        <source>Emergency access needs you to sign in again (password and code, or your identity provider once more); the request carried no fresh sign-in.</source>
        <translation>Für den Notfallzugriff müssen Sie sich erneut anmelden (Passwort und Code oder noch einmal bei Ihrem Identitätsanbieter); die Anfrage enthielt keine neue Anmeldung.</translation>
    </message>
    <message>
        <source>Emergency access needs you to sign in again; the request carried the session&apos;s own sign-in instead of a new one.</source>
        <translation>Für den Notfallzugriff müssen Sie sich erneut anmelden; die Anfrage enthielt statt einer neuen Anmeldung die Anmeldung der Sitzung selbst.</translation>
    </message>
    <message>
        <source>Emergency access needs a sign-in made for it: your password again, or your identity provider asking for it again. The request carried an earlier sign-in, so it was refused.</source>
        <translation>Der Notfallzugriff braucht eine eigens dafür vorgenommene Anmeldung: erneut Ihr Passwort, oder Ihr Identitätsanbieter fragt erneut danach. Die Anfrage enthielt eine frühere Anmeldung und wurde daher abgelehnt.</translation>
    </message>
    <message>
        <source>The fresh sign-in could not be used up, so emergency access was not granted: %1</source>
        <translation>Die neue Anmeldung konnte nicht verbraucht werden, daher wurde kein Notfallzugriff gewährt: %1</translation>
    </message>
    <message>
        <source>custosd does not know the action &quot;%1&quot;.</source>
        <translation>custosd kennt die Aktion „%1“ nicht.</translation>
    </message>
    <message>
        <source>custosd does not know the break-glass action &quot;%1&quot;.</source>
        <translation>custosd kennt die Notfallzugriffs-Aktion „%1“ nicht.</translation>
    </message>
    <message>
        <source>custosd does not know the training action &quot;%1&quot;.</source>
        <translation>custosd kennt die Schulungs-Aktion „%1“ nicht.</translation>
    </message>
    <message>
        <source>discovery document</source>
        <translation>Discovery-Dokument</translation>
    </message>
    <message>
        <source>key set (JWKS)</source>
        <translation>Schlüsselsatz (JWKS)</translation>
    </message>
    <message>
        <source>A single sign-on needs the ID token and the nonce of the sign-in request; the request carried neither or only one.</source>
        <translation>Ein Single Sign-on braucht das ID-Token und die Nonce der Anmeldeanfrage; die Anfrage enthielt keines davon oder nur eines.</translation>
    </message>
    <message>
        <source>The identity provider did not say when you signed in (no auth_time in the ID token), so the Custos service refused it.</source>
        <translation>Der Identitätsanbieter hat nicht angegeben, wann Sie sich angemeldet haben (kein auth_time im ID-Token), daher hat der Custos-Dienst die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s sign-in time (auth_time) lies in the future; check the clocks. The sign-in was refused.</source>
        <translation>Die Anmeldezeit des Identitätsanbieters (auth_time) liegt in der Zukunft; prüfen Sie die Uhren. Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The confirmation was asked for too long ago (or in the future); confirm again.</source>
        <translation>Die Bestätigung wurde vor zu langer Zeit (oder in der Zukunft) angefordert; bestätigen Sie erneut.</translation>
    </message>
    <message>
        <source>This ID token was already used for a sign-in; a token counts once. Sign in again at the identity provider.</source>
        <translation>Dieses ID-Token wurde bereits für eine Anmeldung verwendet; ein Token zählt nur einmal. Melden Sie sich erneut beim Identitätsanbieter an.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>De-identified</source>
        <translation>De-identifiziert</translation>
    </message>
    <message>
        <source>Contains PHI</source>
        <translation>Enthält PHI</translation>
    </message>
</context>
<context>
    <name>custos::ai</name>
    <message>
        <source>%1 is not an AI result Custos reads (SOP Class %2): expected a SEG, parametric map, SR, presentation state or Custos JSON document.</source>
        <translation>%1 ist kein KI-Ergebnis, das Custos lesen kann (SOP-Klasse %2): Erwartet wird ein SEG, eine Parametric Map, ein SR, ein Presentation State oder ein Custos-JSON-Dokument.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>It references no series that is loaded.</source>
        <translation>Es verweist auf keine geladene Serie.</translation>
    </message>
    <message numerus="yes">
        <source>It references %n image(s) that are not loaded.</source>
        <translation>
            <numerusform>Es verweist auf %n Bild, das nicht geladen ist.</numerusform>
            <numerusform>Es verweist auf %n Bilder, die nicht geladen sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>No demo CT series of %1 slices was found in %2.</source>
        <translation>In %2 wurde keine Demo-CT-Serie mit %1 Schichten gefunden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The demo CT series disappeared while its AI results were written.</source>
        <translation>Die Demo-CT-Serie ist verschwunden, während ihre KI-Ergebnisse geschrieben wurden.</translation>
    </message>
    <message>
        <source>No demo study in %1: run custos-cli make-demo first.</source>
        <translation>Keine Demo-Studie in %1: Führen Sie zuerst custos-cli make-demo aus.</translation>
    </message>
    <message>
        <source>The demo slice %1 could not be read.</source>
        <translation>Die Demo-Schicht %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The demo slice %1 has no position or pixel spacing.</source>
        <translation>Die Demo-Schicht %1 hat keine Position oder keinen Pixelabstand.</translation>
    </message>
    <message>
        <source>The patient and study of the demo study could not be copied into the demo report.</source>
        <translation>Patient und Studie der Demo-Studie konnten nicht in den Demo-Bericht übernommen werden.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The demo report could not be encoded: %1</source>
        <translation>Der Demo-Bericht konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>The demo report could not be saved to %1: %2</source>
        <translation>Der Demo-Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 ist nicht vorhanden oder keine Datei.</translation>
    </message>
    <message>
        <source>%1 is truncated: the file ends in the middle of its data (%2).</source>
        <translation>%1 ist abgeschnitten: Die Datei endet mitten in ihren Daten (%2).</translation>
    </message>
    <message>
        <source>%1 could not be read as DICOM: %2</source>
        <translation>%1 konnte nicht als DICOM gelesen werden: %2</translation>
    </message>
    <message>
        <source>Its pixel data is compressed (%1), which Custos cannot decode for this object.</source>
        <translation>Die Pixeldaten sind komprimiert (%1); Custos kann sie bei diesem Objekt nicht dekodieren.</translation>
    </message>
    <message>
        <source>It has no pixel data.</source>
        <translation>Es enthält keine Pixeldaten.</translation>
    </message>
    <message>
        <source>Its pixel data could not be read: the file is truncated or damaged.</source>
        <translation>Die Pixeldaten konnten nicht gelesen werden: Die Datei ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Parametric map</source>
        <translation>Parametric Map</translation>
    </message>
    <message>
        <source>Presentation state</source>
        <translation>Presentation State</translation>
    </message>
    <message>
        <source>Its Float Pixel Data could not be read.</source>
        <translation>Die Float Pixel Data konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Its Double Float Pixel Data could not be read.</source>
        <translation>Die Double Float Pixel Data konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Its integer pixel data has %1 bits allocated; Custos reads 8 and 16.</source>
        <translation>Die ganzzahligen Pixeldaten haben %1 Bits Allocated; Custos liest 8 und 16.</translation>
    </message>
    <message>
        <source>Its pixel data is truncated: it holds %1 bytes, but %2 frames need %3.</source>
        <translation>Die Pixeldaten sind abgeschnitten: Sie umfassen %1 Byte, %2 Frames benötigen jedoch %3.</translation>
    </message>
    <message>
        <source>The parametric map %1 cannot be shown. %2</source>
        <translation>Die Parametric Map %1 kann nicht angezeigt werden. %2</translation>
    </message>
    <message>
        <source>It is not a DICOM Parametric Map (SOP Class %1).</source>
        <translation>Es ist keine DICOM Parametric Map (SOP-Klasse %1).</translation>
    </message>
    <message>
        <source>It has no Rows, Columns or frames.</source>
        <translation>Es hat keine Rows, Columns oder Frames.</translation>
    </message>
    <message>
        <source>Frame count mismatch: Number of Frames is %1, but the Per-frame Functional Groups Sequence describes %2 frames.</source>
        <translation>Abweichende Frame-Anzahl: Number of Frames ist %1, die Per-frame Functional Groups Sequence beschreibt jedoch %2 Frames.</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>%1 frames reference images that are not in the source series: frames %2.</source>
        <translation>%1 Frames verweisen auf Bilder, die nicht in der Quellserie enthalten sind: Frames %2.</translation>
    </message>
    <message>
        <source>%1 frames could not be placed on the series: frames %2.</source>
        <translation>%1 Frames konnten der Serie nicht zugeordnet werden: Frames %2.</translation>
    </message>
    <message>
        <source>The source image %1 could not be read.</source>
        <translation>Das Quellbild %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The parametric map could not be written: it has no grid.</source>
        <translation>Die Parametric Map konnte nicht geschrieben werden: Sie hat kein Raster.</translation>
    </message>
    <message>
        <source>The parametric map could not be written to %1: %2</source>
        <translation>Die Parametric Map konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A graphic of unknown type &quot;%1&quot; is not shown.</source>
        <translation>Eine Grafik unbekannten Typs „%1“ wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>A %1 graphic without valid points is not shown.</source>
        <translation>Eine %1-Grafik ohne gültige Punkte wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Window in the presentation state (not applied)</source>
        <translation>Fensterung im Presentation State (nicht angewendet)</translation>
    </message>
    <message>
        <source>centre %1, width %2</source>
        <translation>Zentrum %1, Breite %2</translation>
    </message>
    <message>
        <source>The presentation state could not be read: %1</source>
        <translation>Der Presentation State konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not a softcopy presentation state (its SOP class is %1).</source>
        <translation>Die Datei ist kein Softcopy Presentation State (ihre SOP-Klasse ist %1).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The presentation state is damaged: it does not say which series it applies to.</source>
        <translation>Der Presentation State ist beschädigt: Er gibt nicht an, auf welche Serie er sich bezieht.</translation>
    </message>
    <message>
        <source>The presentation state has no annotations to show.</source>
        <translation>Der Presentation State enthält keine anzuzeigenden Annotationen.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falsch positiv</translation>
    </message>
    <message>
        <source>Wrong location</source>
        <translation>Falsche Lokalisation</translation>
    </message>
    <message>
        <source>Wrong measurement</source>
        <translation>Falsche Messung</translation>
    </message>
    <message>
        <source>Clinically irrelevant</source>
        <translation>Klinisch nicht relevant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) still wait for a decision.</source>
        <translation>
            <numerusform>%n Befund wartet noch auf eine Entscheidung.</numerusform>
            <numerusform>%n Befunde warten noch auf eine Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>An AI object could not be read again to reference it from the review: %1</source>
        <translation>Ein KI-Objekt konnte nicht erneut gelesen werden, um in der Prüfung darauf zu verweisen: %1</translation>
    </message>
    <message>
        <source>An AI object has no study or series UID; the review cannot reference it.</source>
        <translation>Ein KI-Objekt hat keine Studien- oder Serien-UID; die Prüfung kann nicht darauf verweisen.</translation>
    </message>
    <message>
        <source>The patient and study of the AI objects could not be copied into the review.</source>
        <translation>Patient und Studie der KI-Objekte konnten nicht in die Prüfung übernommen werden.</translation>
    </message>
    <message>
        <source>The review has no decisions to save yet.</source>
        <translation>Die Prüfung enthält noch keine Entscheidungen, die gespeichert werden können.</translation>
    </message>
    <message>
        <source>A signed review needs the organization of the reviewer (the site name in the settings).</source>
        <translation>Für eine signierte Prüfung wird die Organisation der prüfenden Person benötigt (der Standortname in den Einstellungen).</translation>
    </message>
    <message>
        <source>The review needs at least one DICOM AI object of the study (SEG, SR or presentation state) to take the patient and study from.</source>
        <translation>Die Prüfung benötigt mindestens ein DICOM-KI-Objekt der Studie (SEG, SR oder Presentation State), aus dem Patient und Studie übernommen werden.</translation>
    </message>
    <message>
        <source>The review has a decision on finding %1 of an AI object that is not loaded.</source>
        <translation>Die Prüfung enthält eine Entscheidung zu Befund %1 eines KI-Objekts, das nicht geladen ist.</translation>
    </message>
    <message>
        <source>The review could not be marked as verified: %1</source>
        <translation>Die Prüfung konnte nicht als verifiziert gekennzeichnet werden: %1</translation>
    </message>
    <message>
        <source>The review SR could not be encoded: %1</source>
        <translation>Der Prüfungs-SR konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>Die Prüfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The file is not a review saved by Custos: it is not an Imaging Measurement Report.</source>
        <translation>Die Datei ist keine von Custos gespeicherte Prüfung: Sie ist kein Imaging Measurement Report.</translation>
    </message>
    <message>
        <source>The file is a measurement report without review decisions; it was not saved by Custos&apos; review.</source>
        <translation>Die Datei ist ein Messbericht ohne Prüfungsentscheidungen; sie wurde nicht von der Prüfung in Custos gespeichert.</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>It has no Segment Sequence, so its segments are unknown.</source>
        <translation>Es hat keine Segment Sequence, daher sind seine Segmente unbekannt.</translation>
    </message>
    <message>
        <source>Segment %1 of its Segment Sequence has no Segment Number.</source>
        <translation>Segment %1 der Segment Sequence hat keine Segment Number.</translation>
    </message>
    <message>
        <source>It has segment number %1; Custos shows at most 255 binary segments.</source>
        <translation>Es hat die Segmentnummer %1; Custos zeigt höchstens 255 binäre Segmente an.</translation>
    </message>
    <message>
        <source>Segment number %1 is defined twice.</source>
        <translation>Segmentnummer %1 ist doppelt definiert.</translation>
    </message>
    <message>
        <source>Its Number of Frames is %1.</source>
        <translation>Number of Frames ist %1.</translation>
    </message>
    <message>
        <source>It has no Per-frame Functional Groups Sequence, so its frames cannot be tied to segments.</source>
        <translation>Es hat keine Per-frame Functional Groups Sequence, daher können seine Frames keinen Segmenten zugeordnet werden.</translation>
    </message>
    <message>
        <source>Number of Frames is missing and the pixel data holds %1 of the %2 frames the functional groups describe; only those were read.</source>
        <translation>Number of Frames fehlt, und die Pixeldaten enthalten %1 der %2 Frames, die die Functional Groups beschreiben; nur diese wurden gelesen.</translation>
    </message>
    <message>
        <source>Its pixel data is truncated: it holds %1 bytes, but %2 frames of %3×%4 need %5.</source>
        <translation>Die Pixeldaten sind abgeschnitten: Sie umfassen %1 Byte, %2 Frames mit %3×%4 benötigen jedoch %5.</translation>
    </message>
    <message>
        <source>Frame %1 does not say which segment it belongs to.</source>
        <translation>Frame %1 gibt nicht an, zu welchem Segment er gehört.</translation>
    </message>
    <message>
        <source>Frame %1 belongs to segment %2, which the Segment Sequence does not define.</source>
        <translation>Frame %1 gehört zu Segment %2, das in der Segment Sequence nicht definiert ist.</translation>
    </message>
    <message>
        <source>The segmentation %1 cannot be shown. %2</source>
        <translation>Die Segmentierung %1 kann nicht angezeigt werden. %2</translation>
    </message>
    <message>
        <source>It is not a DICOM Segmentation (SOP Class %1).</source>
        <translation>Es ist keine DICOM-Segmentierung (SOP-Klasse %1).</translation>
    </message>
    <message>
        <source>Its Segmentation Type is &quot;%1&quot;; Custos reads BINARY and FRACTIONAL.</source>
        <translation>Der Segmentation Type ist „%1“; Custos liest BINARY und FRACTIONAL.</translation>
    </message>
    <message>
        <source>It has no Rows or Columns.</source>
        <translation>Es hat keine Rows oder Columns.</translation>
    </message>
    <message>
        <source>Its Bits Allocated is %1; a %2 segmentation needs %3.</source>
        <translation>Bits Allocated ist %1; eine %2-Segmentierung benötigt %3.</translation>
    </message>
    <message>
        <source>Its Maximum Fractional Value is missing or not 1..255.</source>
        <translation>Maximum Fractional Value fehlt oder liegt nicht im Bereich 1..255.</translation>
    </message>
    <message>
        <source>The segmentation&apos;s frame of reference differs from the series&apos;: only frames that name the series&apos; images are shown.</source>
        <translation>Der Frame of Reference der Segmentierung weicht von dem der Serie ab: Es werden nur Frames angezeigt, die Bilder der Serie benennen.</translation>
    </message>
    <message>
        <source>%1 frames could not be placed on the series (no matching image, no usable plane position): frames %2.</source>
        <translation>%1 Frames konnten der Serie nicht zugeordnet werden (kein passendes Bild, keine verwendbare Ebenenposition): Frames %2.</translation>
    </message>
    <message>
        <source>%1 frames have no plane position and were not counted: frames %2.</source>
        <translation>%1 Frames haben keine Ebenenposition und wurden nicht gezählt: Frames %2.</translation>
    </message>
    <message>
        <source>The segmentation could not be written: %1 (%2).</source>
        <translation>Die Segmentierung konnte nicht geschrieben werden: %1 (%2).</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>Segment „%1“</translation>
    </message>
    <message>
        <source>shared functional groups</source>
        <translation>gemeinsame Functional Groups</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>frame of segment %1 at slice %2</source>
        <translation>Frame von Segment %1 in Schicht %2</translation>
    </message>
    <message>
        <source>The segmentation could not be written: it has no grid or no segments.</source>
        <translation>Die Segmentierung konnte nicht geschrieben werden: Sie hat kein Raster oder keine Segmente.</translation>
    </message>
    <message>
        <source>creating the object</source>
        <translation>beim Erstellen des Objekts</translation>
    </message>
    <message>
        <source>taking patient and study from the source image</source>
        <translation>beim Übernehmen von Patient und Studie aus dem Quellbild</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>beim Kodieren</translation>
    </message>
    <message>
        <source>The SR could not be built (%1): %2</source>
        <translation>Der SR konnte nicht erstellt werden (%1): %2</translation>
    </message>
    <message>
        <source>The SR could not be built: a %1 item &quot;%2&quot; is not allowed there.</source>
        <translation>Der SR konnte nicht erstellt werden: Ein %1-Element „%2“ ist an dieser Stelle nicht zulässig.</translation>
    </message>
    <message>
        <source>The SR could not be built: the SOP class of image %1 is not known.</source>
        <translation>Der SR konnte nicht erstellt werden: Die SOP-Klasse von Bild %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>An image region does not say which image it was drawn on; it is not shown on an image.</source>
        <translation>Eine Bildregion gibt nicht an, auf welchem Bild sie eingezeichnet wurde; sie wird auf keinem Bild angezeigt.</translation>
    </message>
    <message>
        <source>Measurement group %1</source>
        <translation>Messgruppe %1</translation>
    </message>
    <message>
        <source>Qualitative evaluations</source>
        <translation>Qualitative Bewertungen</translation>
    </message>
    <message>
        <source>The measurement report contains no measurement groups.</source>
        <translation>Der Messbericht enthält keine Messgruppen.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on an image</source>
        <translation>
            <numerusform>%n Punkt auf einem Bild</numerusform>
            <numerusform>%n Punkte auf einem Bild</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) in patient space</source>
        <translation>
            <numerusform>%n Punkt im Patientenkoordinatensystem</numerusform>
            <numerusform>%n Punkte im Patientenkoordinatensystem</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>ist kein Feld dieses Formats</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be [column, row] with numbers &gt;= 0</source>
        <translation>muss [Spalte, Zeile] mit Zahlen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>must be [x, y, z] in millimetres</source>
        <translation>muss [x, y, z] in Millimetern sein</translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 1</source>
        <translation>muss eine ganze Zahl &gt;= 1 sein</translation>
    </message>
    <message>
        <source>must hold 2 corners</source>
        <translation>muss 2 Ecken enthalten</translation>
    </message>
    <message>
        <source>must hold at least 3 points</source>
        <translation>muss mindestens 3 Punkte enthalten</translation>
    </message>
    <message>
        <source>must not be below min</source>
        <translation>darf nicht kleiner als min sein</translation>
    </message>
    <message>
        <source>must be &quot;box2d&quot;, &quot;polygon2d&quot; or &quot;box3d&quot;</source>
        <translation>muss „box2d“, „polygon2d“ oder „box3d“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another finding</source>
        <translation>„%1“ wird bereits von einem anderen Befund verwendet</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be &quot;custos-ai-findings&quot;</source>
        <translation>muss „custos-ai-findings“ sein</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>The JSON document</source>
        <translation>Das JSON-Dokument</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 an Offset %3.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>%1 does not follow the Custos AI findings format:
  %2</source>
        <translation>%1 entspricht nicht dem Custos-Format für KI-Befunde:
  %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; it is not a findings document.</source>
        <translation>%1 ist größer als 64 MB; es ist kein Befunddokument.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: DCMTK failed while parsing it.</source>
        <translation>%1 ist beschädigt: DCMTK ist beim Auswerten gescheitert.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its pixel data claims %2 bytes, more than the whole file holds.</source>
        <translation>%1 ist abgeschnitten oder beschädigt: Seine Pixeldaten geben %2 Byte an, mehr als die gesamte Datei enthält.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Graphic</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Graphic layer</source>
        <translation>Grafikebene</translation>
    </message>
    <message>
        <source>An annotation in display units has no displayed area to place it; it is not shown.</source>
        <translation>Eine Annotation in Anzeigeeinheiten hat keinen Anzeigebereich, in dem sie platziert werden kann; sie wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The review is signed; reopen it before changing a decision.</source>
        <translation>Die Prüfung ist signiert; öffnen Sie sie erneut, bevor Sie eine Entscheidung ändern.</translation>
    </message>
    <message>
        <source>The finding to review is not identified (AI object or finding id missing).</source>
        <translation>Der zu prüfende Befund ist nicht identifiziert (KI-Objekt oder Befund-ID fehlt).</translation>
    </message>
    <message>
        <source>A review decision needs the signed-in reviewer.</source>
        <translation>Eine Prüfungsentscheidung erfordert eine angemeldete prüfende Person.</translation>
    </message>
    <message>
        <source>Choose why the finding is rejected.</source>
        <translation>Wählen Sie aus, warum der Befund abgelehnt wird.</translation>
    </message>
    <message>
        <source>Rejecting for another reason needs a few words saying which.</source>
        <translation>Für eine Ablehnung aus einem anderen Grund geben Sie bitte kurz an, welcher es ist.</translation>
    </message>
    <message>
        <source>A correction needs a changed class, name, measurement or region.</source>
        <translation>Eine Korrektur braucht eine geänderte Klasse, Bezeichnung, Messung oder Region.</translation>
    </message>
    <message>
        <source>Signing the review needs the signed-in reviewer.</source>
        <translation>Das Signieren der Prüfung erfordert eine angemeldete prüfende Person.</translation>
    </message>
    <message>
        <source>The review is already signed.</source>
        <translation>Die Prüfung ist bereits signiert.</translation>
    </message>
    <message>
        <source>The measurement &quot;%1&quot; has no value.</source>
        <translation>Die Messung „%1“ hat keinen Wert.</translation>
    </message>
    <message>
        <source>The structured report could not be read: %1</source>
        <translation>Der strukturierte Befundbericht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not a DICOM structured report (its SOP class is %1).</source>
        <translation>Die Datei ist kein DICOM Structured Report (ihre SOP-Klasse ist %1).</translation>
    </message>
    <message>
        <source>The structured report is without content: its Content Sequence or Value Type is missing.</source>
        <translation>Der strukturierte Befundbericht hat keinen Inhalt: Content Sequence oder Value Type fehlt.</translation>
    </message>
    <message>
        <source>The structured report is damaged: %1</source>
        <translation>Der strukturierte Befundbericht ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The text of the structured report could not be converted to Unicode; some characters may show wrongly.</source>
        <translation>Der Text des strukturierten Befundberichts konnte nicht in Unicode umgewandelt werden; einige Zeichen werden möglicherweise falsch angezeigt.</translation>
    </message>
    <message>
        <source>The structured report has an empty content tree.</source>
        <translation>Der strukturierte Befundbericht hat einen leeren Inhaltsbaum.</translation>
    </message>
    <message>
        <source>The structured report&apos;s content tree is nested more than %1 levels deep; it is damaged and Custos does not read it.</source>
        <translation>Der Inhaltsbaum des strukturierten Befundberichts ist mehr als %1 Ebenen tief verschachtelt; er ist beschädigt, und Custos liest ihn nicht.</translation>
    </message>
    <message>
        <source>The structured report&apos;s content tree refers back to itself (a reference to item %1 leads in a circle); it is damaged and Custos does not read it.</source>
        <translation>Der Inhaltsbaum des strukturierten Befundberichts verweist auf sich selbst (ein Verweis auf Element %1 führt im Kreis); er ist beschädigt, und Custos liest ihn nicht.</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>custos::app</name>
    <message>
        <source>Emergency access needs your identity provider to ask for your sign-in again; it did not, so nothing was granted.</source>
        <translation>Für den Notfallzugriff muss Ihr Identitätsanbieter erneut nach Ihrer Anmeldung fragen; das hat er nicht getan, daher wurde nichts gewährt.</translation>
    </message>
    <message>
        <source>Sign in before asking for emergency access.</source>
        <translation>Melden Sie sich an, bevor Sie Notfallzugriff anfordern.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The previous sign-in could not be ended by the Custos service: %1</source>
        <translation>Die vorherige Anmeldung konnte vom Custos-Dienst nicht beendet werden: %1</translation>
    </message>
</context>
<context>
    <name>custos::audit::purpose</name>
    <message>
        <source>Image review</source>
        <translation>Bildbeurteilung</translation>
    </message>
    <message>
        <source>Review of AI findings</source>
        <translation>Prüfung von KI-Befunden</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administration: read the policy</source>
        <translation>Administration: Richtlinie lesen</translation>
    </message>
    <message>
        <source>Administration: export the audit trail</source>
        <translation>Administration: Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Administration: break-glass review</source>
        <translation>Administration: Prüfung der Notfallzugriffe</translation>
    </message>
    <message>
        <source>Export (menu or Ctrl+E)</source>
        <translation>Export (Menü oder Strg+E)</translation>
    </message>
    <message>
        <source>Screenshot (--screenshot)</source>
        <translation>Bildschirmfoto (--screenshot)</translation>
    </message>
    <message>
        <source>Copy image to the clipboard</source>
        <translation>Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Print image</source>
        <translation>Bild drucken</translation>
    </message>
    <message>
        <source>Drag image out of the viewer</source>
        <translation>Bild aus dem Viewer ziehen</translation>
    </message>
    <message>
        <source>Emergency access requested</source>
        <translation>Notfallzugriff angefordert</translation>
    </message>
    <message>
        <source>Save measurements and key images with the study</source>
        <translation>Messungen und Schlüsselbilder mit der Studie speichern</translation>
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
    <message>
        <source>The folder for the demo authenticator (%1) could not be created.</source>
        <translation>Der Ordner für den Demo-Authenticator (%1) konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>This data folder holds real accounts (for example &quot;%1&quot;): the demo users, whose passwords are public, are only created in a folder of their own. Start the demo with another --data-dir.</source>
        <translation>Dieser Datenordner enthält echte Konten (zum Beispiel „%1“): Die Demo-Benutzer, deren Passwörter öffentlich sind, werden nur in einem eigenen Ordner angelegt. Starten Sie die Demo mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>The demo user %1 could not be enrolled.</source>
        <translation>Der Demo-Benutzer %1 konnte nicht registriert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: use 1 to 64 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (not starting with &quot;sso.&quot;).</source>
        <translation>„%1“ ist kein gültiger Kontoname: Verwenden Sie 1 bis 64 Zeichen aus Buchstaben a-z, Ziffern, „.“, „_“ oder „-“ (nicht beginnend mit „sso.“).</translation>
    </message>
    <message>
        <source>An enrolment code needs the person&apos;s user name at the identity provider.</source>
        <translation>Ein Einrichtungscode benötigt den Benutzernamen der Person beim Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Step-up enrolment code for %1</source>
        <translation>Step-up-Einrichtungscode für %1</translation>
    </message>
    <message>
        <source>A second factor can be enrolled here only after a single sign-on.</source>
        <translation>Ein zweiter Faktor kann hier erst nach einer Single-Sign-on-Anmeldung eingerichtet werden.</translation>
    </message>
    <message>
        <source>A second factor of Custos for %1 can be set up only with a one-time enrolment code from an administrator (custos-cli users issue-enrolment %1), and %2. Ask your administrator for a code.</source>
        <translation>Ein zweiter Faktor von Custos für %1 kann nur mit einem einmaligen Einrichtungscode eines Administrators eingerichtet werden (custos-cli users issue-enrolment %1), und %2. Bitten Sie Ihren Administrator um einen Code.</translation>
    </message>
    <message>
        <source>none was issued</source>
        <translation>es wurde keiner ausgestellt</translation>
    </message>
    <message>
        <source>the code issued has expired</source>
        <translation>der ausgestellte Code ist abgelaufen</translation>
    </message>
    <message>
        <source>the code given is not the one issued</source>
        <translation>der angegebene Code ist nicht der ausgestellte</translation>
    </message>
    <message>
        <source>A second factor is already enrolled for %1. If the authenticator was lost, an administrator resets it with: custos-cli users reset-mfa %2</source>
        <translation>Für %1 ist bereits ein zweiter Faktor eingerichtet. Wenn der Authenticator verloren gegangen ist, setzt ein Administrator ihn zurück mit: custos-cli users reset-mfa %2</translation>
    </message>
    <message>
        <source>Single sign-on step-up: %1 (%2)</source>
        <translation>Single-Sign-on-Step-up: %1 (%2)</translation>
    </message>
    <message>
        <source>No second factor is enrolled for %1 yet.</source>
        <translation>Für %1 ist noch kein zweiter Faktor eingerichtet.</translation>
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
    <message>
        <source>The identity provider signed in someone else; only the person of this session may confirm it.</source>
        <translation>Beim Identitätsanbieter hat sich jemand anderes angemeldet; nur die Person dieser Sitzung darf sie bestätigen.</translation>
    </message>
    <message>
        <source>The identity provider did not confirm a second factor for this sign-in, and this site requires one. Sign in again with your second factor.</source>
        <translation>Der Identitätsanbieter hat für diese Anmeldung keinen zweiten Faktor bestätigt, und dieser Standort verlangt einen. Melden Sie sich erneut mit Ihrem zweiten Faktor an.</translation>
    </message>
    <message>
        <source>The identity provider did not ask for your password again (its sign-in is from %1); the confirmation was refused.</source>
        <translation>Der Identitätsanbieter hat Ihr Passwort nicht erneut abgefragt (seine Anmeldung stammt von %1); die Bestätigung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The identity provider did not say when you signed in (no auth_time), so the confirmation was refused.</source>
        <translation>Der Identitätsanbieter hat nicht angegeben, wann Sie sich angemeldet haben (kein auth_time); die Bestätigung wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>custos::deid</name>
    <message>
        <source>Burned In Annotation is YES: the pixels carry text that was not removed.</source>
        <translation>Burned In Annotation ist YES: Die Pixel enthalten Text, der nicht entfernt wurde.</translation>
    </message>
    <message>
        <source>This kind of image (modality %1) often has text burned into the pixels and Burned In Annotation does not say NO: look at the pixels before release.</source>
        <translation>Diese Art von Bildern (Modalität %1) enthält oft in die Pixel eingebrannten Text, und Burned In Annotation lautet nicht NO: Prüfen Sie die Pixel vor der Freigabe.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Basic Profile</source>
        <translation>Basic Profile</translation>
    </message>
    <message>
        <source>File %1 of the export could not be de-identified: %2</source>
        <translation>Datei %1 des Exports konnte nicht de-identifiziert werden: %2</translation>
    </message>
    <message>
        <source>File %1 of the export could not be written to %2.</source>
        <translation>Datei %1 des Exports konnte nicht nach %2 geschrieben werden.</translation>
    </message>
    <message>
        <source>Burned In Annotation is YES: the pixels show text, such as the patient&apos;s name, that de-identification cannot remove</source>
        <translation>Burned In Annotation ist YES: Die Pixel zeigen Text, etwa den Namen des Patienten, den die De-Identifizierung nicht entfernen kann</translation>
    </message>
    <message>
        <source>a secondary capture or screen capture: such images usually show patient data burned into the pixels</source>
        <translation>eine Sekundär- oder Bildschirmaufnahme: Solche Bilder zeigen meist Patientendaten in den Pixeln</translation>
    </message>
    <message>
        <source>an ultrasound image: ultrasound machines burn the patient&apos;s name and ID into the pixels</source>
        <translation>ein Ultraschallbild: Ultraschallgeräte schreiben Name und ID des Patienten in die Pixel</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF or CDA): its pages are not de-identified</source>
        <translation>ein eingebettetes Dokument (PDF oder CDA): Seine Seiten werden nicht de-identifiziert</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Custos does not export through links. Nothing was written.</source>
        <translation>%1 ist ein symbolischer Link; Custos exportiert nicht über Links. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder. Nothing was written.</source>
        <translation>%1 existiert und ist kein Ordner. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user; Custos does not put patient data into it. Nothing was written.</source>
        <translation>Der Ordner %1 gehört einem anderen Benutzer; Custos legt dort keine Patientendaten ab. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was written.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This series was exported to %1 before: the folder exists. Nothing was written and nothing was overwritten. Choose another folder, or move the earlier export away first.</source>
        <translation>Diese Serie wurde bereits nach %1 exportiert: Der Ordner existiert. Es wurde nichts geschrieben und nichts überschrieben. Wählen Sie einen anderen Ordner oder verschieben Sie zuerst den früheren Export.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was overwritten.</source>
        <translation>%1 existiert bereits; es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely; nothing was left behind.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden; es blieb nichts zurück.</translation>
    </message>
    <message>
        <source>File %1 of the export could not be made readable by you only; nothing was left behind.</source>
        <translation>Datei %1 des Exports konnte nicht nur für Sie lesbar gemacht werden; es blieb nichts zurück.</translation>
    </message>
    <message>
        <source>the same SOP Instance UID as %1: written once</source>
        <translation>dieselbe SOP Instance UID wie %1: nur einmal geschrieben</translation>
    </message>
    <message>
        <source>This series was exported to %1 before: the folder exists. Nothing was written and nothing was overwritten. Choose another folder, move the earlier export away first, or add to it (--into-existing): files already there are then recognised by their SOP Instance UID and not written twice.</source>
        <translation>Diese Serie wurde bereits nach %1 exportiert: Der Ordner existiert. Es wurde nichts geschrieben und nichts überschrieben. Wählen Sie einen anderen Ordner, verschieben Sie zuerst den früheren Export, oder ergänzen Sie ihn (--into-existing): Bereits vorhandene Dateien werden dann an ihrer SOP Instance UID erkannt und nicht doppelt geschrieben.</translation>
    </message>
    <message>
        <source>already in the export folder as %1</source>
        <translation>bereits im Exportordner als %1</translation>
    </message>
    <message>
        <source>Residual-risk check: %1 patients share %2 combinations of the details this export keeps (%3); the smallest group has %4 patient(s), and the project asks for at least %5. Nothing was written. Remove the patients who stand out, choose options that keep fewer details, or have a person allowed to override the risk check do so with a reason.</source>
        <translation>Restrisiko-Prüfung: %1 Patienten teilen sich %2 Kombinationen der Merkmale, die dieser Export beibehält (%3); die kleinste Gruppe umfasst %4 Patient(en), und das Projekt verlangt mindestens %5. Es wurde nichts geschrieben. Entfernen Sie die auffälligen Patienten, wählen Sie Optionen, die weniger Merkmale beibehalten, oder lassen Sie eine Person, die die Risikoprüfung übergehen darf, dies mit einer Begründung tun.</translation>
    </message>
    <message>
        <source>The provenance manifest could not be written: %1 The export was removed.</source>
        <translation>Der Herkunftsnachweis (Manifest) konnte nicht geschrieben werden: %1 Der Export wurde entfernt.</translation>
    </message>
    <message>
        <source>The provenance summary could not be written: %1 The export was removed.</source>
        <translation>Die Herkunftszusammenfassung konnte nicht geschrieben werden: %1 Der Export wurde entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a de-identification option Custos knows.</source>
        <translation>„%1“ ist keine De-Identifizierungsoption, die Custos kennt.</translation>
    </message>
    <message>
        <source>Full dates and modified dates cannot both be retained: choose one.</source>
        <translation>Vollständige Datumsangaben und veränderte Datumsangaben können nicht beide beibehalten werden: Wählen Sie eines von beiden.</translation>
    </message>
    <message>
        <source>The file holds no DICOM data set to de-identify.</source>
        <translation>Die Datei enthält keinen DICOM-Datensatz, der de-identifiziert werden kann.</translation>
    </message>
    <message>
        <source>The file is a DICOMDIR (a media directory), not an instance: de-identify the instances it lists and write a new DICOMDIR for them.</source>
        <translation>Die Datei ist ein DICOMDIR (ein Medienverzeichnis), keine Instanz: De-identifizieren Sie die darin aufgeführten Instanzen und erstellen Sie für sie ein neues DICOMDIR.</translation>
    </message>
    <message>
        <source>Clean Pixel Data is not available: images with burned-in text are flagged for a person to review instead.</source>
        <translation>Clean Pixel Data ist nicht verfügbar: Bilder mit eingebranntem Text werden stattdessen zur Prüfung durch eine Person markiert.</translation>
    </message>
    <message>
        <source>The data set has no SOP Instance UID; it was de-identified all the same.</source>
        <translation>Der Datensatz hat keine SOP Instance UID; er wurde trotzdem de-identifiziert.</translation>
    </message>
    <message>
        <source>The de-identified copy must not overwrite the original file.</source>
        <translation>Die de-identifizierte Kopie darf die Originaldatei nicht überschreiben.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The original transfer syntax was unknown; written as Explicit VR Little Endian.</source>
        <translation>Die ursprüngliche Transfer-Syntax war unbekannt; geschrieben als Explicit VR Little Endian.</translation>
    </message>
    <message>
        <source>The de-identified copy could not be written to the folder %1: %2</source>
        <translation>Die de-identifizierte Kopie konnte nicht in den Ordner %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Clean Pixel Data</source>
        <translation>Bereinigung der Pixeldaten (Clean Pixel Data)</translation>
    </message>
    <message>
        <source>Clean Descriptors</source>
        <translation>Bereinigung der Beschreibungen (Clean Descriptors)</translation>
    </message>
    <message>
        <source>Retain Longitudinal Temporal Information Full Dates</source>
        <translation>Beibehaltung vollständiger Datumsangaben (Retain Longitudinal Temporal Information Full Dates)</translation>
    </message>
    <message>
        <source>Retain Longitudinal Temporal Information Modified Dates</source>
        <translation>Beibehaltung veränderter Datumsangaben (Retain Longitudinal Temporal Information Modified Dates)</translation>
    </message>
    <message>
        <source>Retain Patient Characteristics</source>
        <translation>Beibehaltung der Patientenmerkmale (Retain Patient Characteristics)</translation>
    </message>
    <message>
        <source>Retain Device Identity</source>
        <translation>Beibehaltung der Geräteidentität (Retain Device Identity)</translation>
    </message>
    <message>
        <source>Retain Institution Identity</source>
        <translation>Beibehaltung der Einrichtungsidentität (Retain Institution Identity)</translation>
    </message>
    <message>
        <source>Retain UIDs</source>
        <translation>Beibehaltung der UIDs (Retain UIDs)</translation>
    </message>
    <message>
        <source>Retain Safe Private</source>
        <translation>Beibehaltung sicherer privater Attribute (Retain Safe Private)</translation>
    </message>
</context>
<context>
    <name>custos::exports</name>
    <message>
        <source>The window shows no study, and a screenshot is an export of the studies on screen; nothing was written.</source>
        <translation>Das Fenster zeigt keine Studie, und ein Bildschirmfoto ist ein Export der angezeigten Studien; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No permission to export these DICOM files; nothing was written.</source>
        <translation>Keine Berechtigung, diese DICOM-Dateien zu exportieren; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The files may be written only to the folder that was checked (%1); nothing was written.</source>
        <translation>Die Dateien dürfen nur in den geprüften Ordner (%1) geschrieben werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This is not a way for an image to leave Custos; nothing left.</source>
        <translation>Auf diesem Weg kann kein Bild Custos verlassen; nichts hat Custos verlassen.</translation>
    </message>
    <message>
        <source>No permission for this image to leave Custos; nothing left.</source>
        <translation>Keine Berechtigung, dieses Bild aus Custos herauszugeben; nichts hat Custos verlassen.</translation>
    </message>
    <message>
        <source>No permission to write this image to a file; nothing was written.</source>
        <translation>Keine Berechtigung, dieses Bild in eine Datei zu schreiben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The image may be written only to the folder that was checked (%1); nothing was written.</source>
        <translation>Das Bild darf nur in den geprüften Ordner (%1) geschrieben werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The image is not of the series that was allowed; nothing was written.</source>
        <translation>Das Bild gehört nicht zu der Serie, die erlaubt wurde; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There was no image to write; nothing was written.</source>
        <translation>Es gab kein Bild zum Schreiben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was written.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No image of the study is known to copy the patient and study from; nothing was saved.</source>
        <translation>Es ist kein Bild der Studie bekannt, aus dem Patient und Studie übernommen werden könnten; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>An image of the study could not be read to copy the patient and study from: %1</source>
        <translation>Ein Bild der Studie konnte nicht gelesen werden, um Patient und Studie zu übernehmen: %1</translation>
    </message>
    <message>
        <source>The study&apos;s character set could not be converted to Unicode; nothing was saved.</source>
        <translation>Der Zeichensatz der Studie konnte nicht in Unicode umgewandelt werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The object could not be encoded: %1</source>
        <translation>Das Objekt konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>The presentation state names no image of the series; nothing was saved.</source>
        <translation>Der Presentation State nennt kein Bild der Serie; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There are more than %1 marks on one series; nothing was saved.</source>
        <translation>Auf einer Serie sind mehr als %1 Markierungen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A measurement has %1 points, which a presentation state cannot hold as drawn; nothing was saved.</source>
        <translation>Eine Messung hat %1 Punkte, die ein Presentation State nicht wie gezeichnet aufnehmen kann; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The image the patient would be copied from belongs to another study; nothing was saved.</source>
        <translation>Das Bild, aus dem der Patient übernommen würde, gehört zu einer anderen Studie; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The presentation state could not be built: %1</source>
        <translation>Der Presentation State konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No image is flagged as a key image; nothing was saved.</source>
        <translation>Kein Bild ist als Schlüsselbild markiert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The patient and study could not be copied into the key object selection; nothing was saved.</source>
        <translation>Patient und Studie konnten nicht in die Key Object Selection übernommen werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The key object selection could not be built: %1</source>
        <translation>Die Key Object Selection konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The key object selection could not be encoded: %1</source>
        <translation>Die Key Object Selection konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>The saved measurements could not be read: %1</source>
        <translation>Die gespeicherten Messungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not a grayscale softcopy presentation state.</source>
        <translation>Die Datei ist kein Grayscale Softcopy Presentation State.</translation>
    </message>
    <message>
        <source>The saved measurements name no study or series.</source>
        <translation>Die gespeicherten Messungen nennen keine Studie oder Serie.</translation>
    </message>
    <message>
        <source>A measurement in the saved presentation state is damaged (its points do not match their count).</source>
        <translation>Eine Messung im gespeicherten Presentation State ist beschädigt (ihre Punkte passen nicht zu ihrer Anzahl).</translation>
    </message>
    <message>
        <source>A measurement in the saved presentation state has a point that is not a number.</source>
        <translation>Eine Messung im gespeicherten Presentation State hat einen Punkt, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>The saved presentation state holds more than %1 marks; it is not read.</source>
        <translation>Der gespeicherte Presentation State enthält mehr als %1 Markierungen; er wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The saved key images could not be read: %1</source>
        <translation>Die gespeicherten Schlüsselbilder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not a key object selection document.</source>
        <translation>Die Datei ist kein Key-Object-Selection-Dokument.</translation>
    </message>
    <message>
        <source>The saved key object selection lists more than %1 images; it is not read.</source>
        <translation>Die gespeicherte Key Object Selection listet mehr als %1 Bilder; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The saved key images name no study.</source>
        <translation>Die gespeicherten Schlüsselbilder nennen keine Studie.</translation>
    </message>
    <message>
        <source>No permission to save marks with this study; nothing was saved.</source>
        <translation>Keine Berechtigung, Markierungen mit dieser Studie zu speichern; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The permission given was for another study; nothing was saved.</source>
        <translation>Die erteilte Berechtigung galt einer anderen Studie; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your role exports de-identified data only, and saved marks name the patient; nothing was saved.</source>
        <translation>Ihre Rolle exportiert nur de-identifizierte Daten, und gespeicherte Markierungen nennen den Patienten; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The name %1 is not a plain file name; nothing was changed.</source>
        <translation>Der Name %1 ist kein einfacher Dateiname; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 could not be set aside.</source>
        <translation>%1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The name %1 is not a plain file name; nothing was saved.</source>
        <translation>Der Name %1 ist kein einfacher Dateiname; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The marks folder is a link or unknown; nothing was saved.</source>
        <translation>Der Ordner für Markierungen ist ein Link oder unbekannt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The marks are larger than %1 MiB; nothing was saved.</source>
        <translation>Die Markierungen sind größer als %1 MiB; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was saved.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 is a link or not a file; nothing was saved.</source>
        <translation>%1 ist ein Link oder keine Datei; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The unreadable file %1 could not be set aside; nothing was saved.</source>
        <translation>Die unlesbare Datei %1 konnte nicht beiseitegelegt werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The marks could not be saved to %1: %2</source>
        <translation>Die Markierungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>%1 is not a DICOM object that can be sent: %2</source>
        <translation>%1 ist kein DICOM-Objekt, das gesendet werden kann: %2</translation>
    </message>
    <message>
        <source>%1 names no study (Study Instance UID), so no PACS can file it.</source>
        <translation>%1 nennt keine Studie (Study Instance UID), daher kann kein PACS es ablegen.</translation>
    </message>
    <message>
        <source>Sending to the PACS was not allowed.</source>
        <translation>Das Senden an das PACS wurde nicht erlaubt.</translation>
    </message>
    <message>
        <source>Your role sends de-identified data only, and Custos cannot yet de-identify for a PACS; nothing was sent.</source>
        <translation>Ihre Rolle sendet nur de-identifizierte Daten, und Custos kann für ein PACS noch nicht de-identifizieren; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The PACS &quot;%1&quot; stored %2 of %3 objects.</source>
        <translation>Das PACS „%1“ hat %2 von %3 Objekten gespeichert.</translation>
    </message>
</context>
<context>
    <name>custos::governance</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 oder neuer</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>an unnamed model</source>
        <translation>ein unbenanntes Modell</translation>
    </message>
    <message>
        <source>%1 is not in the site&apos;s AI model registry</source>
        <translation>%1 ist nicht im KI-Modellverzeichnis des Standorts</translation>
    </message>
    <message>
        <source>version %1 of %2 is not approved (approved: %3)</source>
        <translation>Version %1 von %2 ist nicht freigegeben (freigegeben: %3)</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>no business associate agreement is on file for %1</source>
        <translation>für %1 liegt keine Auftragsverarbeitungsvereinbarung (Business Associate Agreement) vor</translation>
    </message>
    <message>
        <source>the business associate agreement %1 for %2 expired on %3</source>
        <translation>die Auftragsverarbeitungsvereinbarung (Business Associate Agreement) %1 für %2 ist am %3 abgelaufen</translation>
    </message>
</context>
<context>
    <name>custos::pacs</name>
    <message>
        <source>The PACS node &quot;%1&quot; has no DICOMweb address in the site policy.</source>
        <translation>Der PACS-Knoten „%1“ hat in der Standortrichtlinie keine DICOMweb-Adresse.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The client certificate %1 or its key %2 cannot be read.</source>
        <translation>Das Client-Zertifikat %1 oder sein Schlüssel %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>HTTP-Status %1.</translation>
    </message>
    <message>
        <source>A series search needs a study instance UID.</source>
        <translation>Eine Seriensuche braucht eine Study Instance UID.</translation>
    </message>
    <message>
        <source>A series retrieve needs a study and a series instance UID (digits and dots).</source>
        <translation>Ein Serienabruf braucht eine Study und eine Series Instance UID (Ziffern und Punkte).</translation>
    </message>
    <message>
        <source>The answer is not multipart/related.</source>
        <translation>Die Antwort ist nicht multipart/related.</translation>
    </message>
    <message>
        <source>%1 cannot be framed for sending; try again.</source>
        <translation>%1 kann nicht zum Senden verpackt werden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PACS refused instance %1 (reason %2).</source>
        <translation>Das PACS hat die Instanz %1 abgelehnt (Grund %2).</translation>
    </message>
    <message>
        <source>The PACS answered HTTP %1 without saying which instances it refused.</source>
        <translation>Das PACS hat HTTP %1 geantwortet, ohne zu sagen, welche Instanzen es abgelehnt hat.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; has no DIMSE address (aeTitle, host and port) in the site policy.</source>
        <translation>Der PACS-Knoten „%1“ hat in der Standortrichtlinie keine DIMSE-Adresse (aeTitle, host und port).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS library refused DICOM&apos;s BCP 195 profile.</source>
        <translation>Die TLS-Bibliothek hat das BCP-195-Profil von DICOM abgelehnt.</translation>
    </message>
    <message>
        <source>The client certificate %1 or its key %2 cannot be read, or they do not belong together.</source>
        <translation>Das Client-Zertifikat %1 oder sein Schlüssel %2 kann nicht gelesen werden, oder die beiden gehören nicht zusammen.</translation>
    </message>
    <message>
        <source>DICOM&apos;s TLS layer could not be set up.</source>
        <translation>Die TLS-Schicht von DICOM konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Not a DICOM file: %1</source>
        <translation>Keine DICOM-Datei: %1</translation>
    </message>
    <message>
        <source>It does not answer C-ECHO.</source>
        <translation>Es antwortet nicht auf C-ECHO.</translation>
    </message>
    <message>
        <source>It does not answer Study Root C-FIND.</source>
        <translation>Es antwortet nicht auf Study Root C-FIND.</translation>
    </message>
    <message>
        <source>C-FIND status %1.</source>
        <translation>C-FIND-Status %1.</translation>
    </message>
    <message>
        <source>A retrieve needs a study instance UID.</source>
        <translation>Ein Abruf braucht eine Study Instance UID.</translation>
    </message>
    <message>
        <source>It does not offer C-GET.</source>
        <translation>Es bietet kein C-GET an.</translation>
    </message>
    <message>
        <source>C-GET status %1; %2 instances failed, %3 arrived.</source>
        <translation>C-GET-Status %1; %2 Instanzen fehlgeschlagen, %3 angekommen.</translation>
    </message>
    <message>
        <source>%1 is not a DICOM file (%2); nothing was sent.</source>
        <translation>%1 ist keine DICOM-Datei (%2); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 has no SOP class; nothing was sent.</source>
        <translation>%1 hat keine SOP-Klasse; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>More than 127 kinds of objects in one send; send them in smaller groups.</source>
        <translation>Mehr als 127 Objektarten in einer Sendung; senden Sie sie in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>%1: the PACS does not accept this kind of object in this transfer syntax (%2).</source>
        <translation>%1: Das PACS nimmt diese Objektart in dieser Transfer-Syntax (%2) nicht an.</translation>
    </message>
    <message>
        <source>%1: the PACS refused it (status %2).</source>
        <translation>%1: Das PACS hat es abgelehnt (Status %2).</translation>
    </message>
    <message>
        <source>The answer is multipart without a usable boundary.</source>
        <translation>Die Antwort ist multipart ohne brauchbare Boundary.</translation>
    </message>
    <message>
        <source>The answer does not start with its multipart boundary.</source>
        <translation>Die Antwort beginnt nicht mit ihrer Multipart-Boundary.</translation>
    </message>
    <message>
        <source>A multipart boundary line is malformed.</source>
        <translation>Eine Multipart-Boundary-Zeile ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A part&apos;s headers are too long.</source>
        <translation>Die Header eines Teils sind zu lang.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not YYYYMMDD or a range YYYYMMDD-YYYYMMDD.</source>
        <translation>Das Datum „%1“ ist weder JJJJMMTT noch ein Bereich JJJJMMTT-JJJJMMTT.</translation>
    </message>
    <message>
        <source>A search key may not contain a backslash or be longer than 64 characters.</source>
        <translation>Ein Suchbegriff darf keinen Backslash enthalten und nicht länger als 64 Zeichen sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a study instance UID (digits and dots).</source>
        <translation>„%1“ ist keine Study Instance UID (Ziffern und Punkte).</translation>
    </message>
    <message>
        <source>An instance without a SOP instance UID arrived; it cannot be kept.</source>
        <translation>Eine Instanz ohne SOP Instance UID ist angekommen; sie kann nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The encrypted cache could not take an instance: %1</source>
        <translation>Der verschlüsselte Cache konnte eine Instanz nicht aufnehmen: %1</translation>
    </message>
    <message>
        <source>The encrypted cache could not keep the retrieved study: %1</source>
        <translation>Der verschlüsselte Cache konnte die abgerufene Studie nicht aufbewahren: %1</translation>
    </message>
    <message>
        <source>The encrypted cache could not record the retrieved study: %1</source>
        <translation>Der verschlüsselte Cache konnte die abgerufene Studie nicht verzeichnen: %1</translation>
    </message>
    <message>
        <source>The study was not retrieved completely from &quot;%1&quot; into the cache.</source>
        <translation>Die Studie wurde nicht vollständig von „%1“ in den Cache abgerufen.</translation>
    </message>
    <message>
        <source>An instance of the retrieved study is missing from the cache (%1); retrieve the study again.</source>
        <translation>Eine Instanz der abgerufenen Studie fehlt im Cache (%1); rufen Sie die Studie erneut ab.</translation>
    </message>
    <message>
        <source>the PACS &quot;%1&quot; (%2)</source>
        <translation>das PACS „%1“ (%2)</translation>
    </message>
    <message>
        <source>the PACS &quot;%1&quot; (%2 at %3:%4)</source>
        <translation>das PACS „%1“ (%2 auf %3:%4)</translation>
    </message>
    <message>
        <source>The PACS is down or unreachable: nothing answers at %1. Check that it runs and that the network lets you through.</source>
        <translation>Das PACS ist ausgefallen oder nicht erreichbar: Unter %1 antwortet nichts. Prüfen Sie, ob es läuft und ob das Netzwerk Sie durchlässt.</translation>
    </message>
    <message>
        <source>The PACS is too slow: %1 did not answer in time.</source>
        <translation>Das PACS ist zu langsam: %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The TLS handshake was refused: %1 offers only TLS older than %2, which Custos does not speak; the PACS must be updated.</source>
        <translation>Der TLS-Handshake wurde abgelehnt: %1 bietet nur TLS älter als %2 an, das Custos nicht spricht; das PACS muss aktualisiert werden.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 was refused (no common cipher suite, or the PACS did not accept Custos&apos;s client certificate).</source>
        <translation>Der TLS-Handshake mit %1 wurde abgelehnt (keine gemeinsame Cipher-Suite, oder das PACS hat das Client-Zertifikat von Custos nicht akzeptiert).</translation>
    </message>
    <message>
        <source>The PACS&apos;s certificate is not trusted: %1 presented a certificate that is not signed by the CA the site policy names (%2). Someone may be standing in for the PACS; nothing was sent.</source>
        <translation>Dem Zertifikat des PACS wird nicht vertraut: %1 hat ein Zertifikat vorgelegt, das nicht von der CA signiert ist, die die Standortrichtlinie nennt (%2). Möglicherweise gibt sich jemand als das PACS aus; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The PACS&apos;s certificate names another host: %1 presented a certificate that is not for &quot;%2&quot;. Someone may be standing in for the PACS; nothing was sent.</source>
        <translation>Das Zertifikat des PACS nennt einen anderen Host: %1 hat ein Zertifikat vorgelegt, das nicht für „%2“ gilt. Möglicherweise gibt sich jemand als das PACS aus; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The PACS&apos;s certificate has expired or is not valid yet: %1. Nothing was sent.</source>
        <translation>Das Zertifikat des PACS ist abgelaufen oder noch nicht gültig: %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 refused the DICOM association (check the AE titles %2 and %3 in the site policy).</source>
        <translation>%1 hat die DICOM-Assoziation abgelehnt (prüfen Sie die AE-Titel %2 und %3 in der Standortrichtlinie).</translation>
    </message>
    <message>
        <source>%1 refused the request.</source>
        <translation>%1 hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off in the middle; what was received is not kept.</source>
        <translation>Die Verbindung zu %1 ist mittendrin abgebrochen; was empfangen wurde, wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Cancelled; what was received from %1 is not kept.</source>
        <translation>Abgebrochen; was von %1 empfangen wurde, wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 sent an answer Custos cannot read.</source>
        <translation>%1 hat eine Antwort gesendet, die Custos nicht lesen kann.</translation>
    </message>
    <message>
        <source>The TLS settings of %1 in the site policy cannot be used.</source>
        <translation>Die TLS-Einstellungen von %1 in der Standortrichtlinie können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The PACS says Custos&apos;s client certificate has expired.</source>
        <translation>Das PACS meldet, dass das Client-Zertifikat von Custos abgelaufen ist.</translation>
    </message>
    <message>
        <source>The PACS did not accept Custos&apos;s client certificate.</source>
        <translation>Das PACS hat das Client-Zertifikat von Custos nicht akzeptiert.</translation>
    </message>
    <message>
        <source>An instance without a SOP instance UID cannot be kept.</source>
        <translation>Eine Instanz ohne SOP Instance UID kann nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>It does not offer C-MOVE.</source>
        <translation>Es bietet kein C-MOVE an.</translation>
    </message>
    <message>
        <source>It does not know Custos&apos;s move destination %1: add it (AE title %1, this computer&apos;s address, port %2) to the PACS&apos;s list of DICOM nodes.</source>
        <translation>Es kennt das Move-Ziel %1 von Custos nicht: Tragen Sie es (AE-Titel %1, die Adresse dieses Computers, Port %2) in die Liste der DICOM-Knoten des PACS ein.</translation>
    </message>
    <message>
        <source>C-MOVE status %1; %2 instances failed, %3 arrived.</source>
        <translation>C-MOVE-Status %1; %2 Instanzen fehlgeschlagen, %3 angekommen.</translation>
    </message>
    <message>
        <source>The PACS reports %1 instances sent, but %2 arrived.</source>
        <translation>Das PACS meldet %1 gesendete Instanzen, angekommen sind aber %2.</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; retrieves by C-MOVE, but the site policy gives no moveDestination (aeTitle and port) for Custos&apos;s receiving SCP.</source>
        <translation>Der PACS-Knoten „%1“ ruft per C-MOVE ab, aber die Standortrichtlinie nennt kein moveDestination (aeTitle und port) für den empfangenden SCP von Custos.</translation>
    </message>
    <message>
        <source>The address of the PACS &quot;%1&quot; (%2) cannot be resolved, so Custos cannot tell its C-MOVE association from anyone else&apos;s.</source>
        <translation>Die Adresse des PACS „%1“ (%2) lässt sich nicht auflösen, daher kann Custos seine C-MOVE-Assoziation nicht von fremden unterscheiden.</translation>
    </message>
    <message>
        <source>Custos cannot listen on port %1 for the C-MOVE from &quot;%2&quot; (%3). Is another program using it?</source>
        <translation>Custos kann auf Port %1 nicht auf das C-MOVE von „%2“ warten (%3). Verwendet ein anderes Programm den Port?</translation>
    </message>
    <message>
        <source>Custos&apos;s receiving SCP for &quot;%1&quot; cannot use TLS: %2</source>
        <translation>Der empfangende SCP von Custos für „%1“ kann TLS nicht verwenden: %2</translation>
    </message>
    <message>
        <source>the node needs a readable caFile, and certFile and keyFile for the certificate the SCP presents.</source>
        <translation>der Knoten braucht eine lesbare caFile sowie certFile und keyFile für das Zertifikat, das der SCP vorzeigt.</translation>
    </message>
    <message>
        <source>the TLS library refused DICOM&apos;s BCP 195 profile.</source>
        <translation>die TLS-Bibliothek hat das BCP-195-Profil von DICOM abgelehnt.</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate.</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>the certificate %1 or its key %2 cannot be read, or they do not belong together.</source>
        <translation>das Zertifikat %1 oder sein Schlüssel %2 ist nicht lesbar, oder sie gehören nicht zusammen.</translation>
    </message>
    <message>
        <source>There is no keychain, so no PACS password can be kept.</source>
        <translation>Es gibt keinen Schlüsselbund, daher kann kein PACS-Passwort aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The keychain entry for the PACS &quot;%1&quot; is damaged; store the user name and password again.</source>
        <translation>Der Schlüsselbund-Eintrag für das PACS „%1“ ist beschädigt; speichern Sie Benutzername und Passwort erneut.</translation>
    </message>
    <message>
        <source>A PACS user name must not be empty or contain a colon.</source>
        <translation>Ein PACS-Benutzername darf nicht leer sein und keinen Doppelpunkt enthalten.</translation>
    </message>
    <message>
        <source>The PACS password is empty; nothing was stored.</source>
        <translation>Das PACS-Passwort ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 signs people in with their single sign-on token; sign in with single sign-on first.</source>
        <translation>%1 meldet Personen mit ihrem Single-Sign-on-Token an; melden Sie sich zuerst mit Single Sign-on an.</translation>
    </message>
    <message>
        <source>%1 needs your PACS user name and password, and none are stored in your keychain. Store them with &quot;custos-cli pacs login --node %2 --user NAME&quot;, or enter them when the viewer asks.</source>
        <translation>%1 braucht Ihren PACS-Benutzernamen und Ihr Passwort, und in Ihrem Schlüsselbund sind keine gespeichert. Speichern Sie sie mit „custos-cli pacs login --node %2 --user NAME“ oder geben Sie sie ein, wenn der Viewer danach fragt.</translation>
    </message>
    <message>
        <source>%1 refused your single sign-on token; sign in again.</source>
        <translation>%1 hat Ihr Single-Sign-on-Token abgelehnt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 refused the PACS user name and password from your keychain: they are wrong, or no longer valid. Store the right ones with &quot;custos-cli pacs login --node %2 --user NAME&quot;, or enter them when the viewer asks.</source>
        <translation>%1 hat den PACS-Benutzernamen und das Passwort aus Ihrem Schlüsselbund abgelehnt: Sie sind falsch oder nicht mehr gültig. Speichern Sie die richtigen mit „custos-cli pacs login --node %2 --user NAME“ oder geben Sie sie ein, wenn der Viewer danach fragt.</translation>
    </message>
    <message>
        <source>Custos&apos;s receiving SCP refused %1 associations (another AE title or address, or no certificate of the node&apos;s CA).</source>
        <translation>Der empfangende SCP von Custos hat %1 Assoziationen abgelehnt (anderer AE-Titel oder andere Adresse, oder kein Zertifikat der CA des Knotens).</translation>
    </message>
</context>
<context>
    <name>custos::policy</name>
    <message>
        <source>view studies</source>
        <translation>Studien anzeigen</translation>
    </message>
    <message>
        <source>review AI findings</source>
        <translation>KI-Befunde prüfen</translation>
    </message>
    <message>
        <source>export DICOM files</source>
        <translation>DICOM-Dateien exportieren</translation>
    </message>
    <message>
        <source>export de-identified DICOM files</source>
        <translation>de-identifizierte DICOM-Dateien exportieren</translation>
    </message>
    <message>
        <source>export images</source>
        <translation>Bilder exportieren</translation>
    </message>
    <message>
        <source>copy images to the clipboard</source>
        <translation>Bilder in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>print images</source>
        <translation>Bilder drucken</translation>
    </message>
    <message>
        <source>drag images out of the viewer</source>
        <translation>Bilder aus dem Viewer ziehen</translation>
    </message>
    <message>
        <source>send studies to a PACS</source>
        <translation>Studien an ein PACS senden</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>das Audit-Protokoll lesen</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>das Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>review emergency accesses</source>
        <translation>Notfallzugriffe prüfen</translation>
    </message>
    <message>
        <source>use emergency (break-glass) access</source>
        <translation>Notfallzugriff (Break-Glass) nutzen</translation>
    </message>
    <message>
        <source>view the site policy</source>
        <translation>die Standortrichtlinie anzeigen</translation>
    </message>
    <message>
        <source>change the site policy</source>
        <translation>die Standortrichtlinie ändern</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>Benutzerkonten verwalten</translation>
    </message>
    <message>
        <source>manage the encrypted cache</source>
        <translation>den verschlüsselten Cache verwalten</translation>
    </message>
    <message>
        <source>unlock a locked session</source>
        <translation>eine gesperrte Sitzung entsperren</translation>
    </message>
    <message>
        <source>search a PACS</source>
        <translation>ein PACS durchsuchen</translation>
    </message>
    <message>
        <source>retrieve studies from a PACS</source>
        <translation>Studien aus einem PACS abrufen</translation>
    </message>
    <message>
        <source>produce the compliance report</source>
        <translation>den Compliance-Bericht erstellen</translation>
    </message>
    <message>
        <source>produce the compliance report naming patients and users</source>
        <translation>den Compliance-Bericht mit Namen von Patienten und Benutzern erstellen</translation>
    </message>
    <message>
        <source>export images that may show patient data burned into the pixels</source>
        <translation>Bilder exportieren, deren Pixel Patientendaten zeigen können</translation>
    </message>
    <message>
        <source>Sign in before asking for emergency access.</source>
        <translation>Melden Sie sich an, bevor Sie Notfallzugriff anfordern.</translation>
    </message>
    <message>
        <source>Your role (%1) may not use emergency access. Ask someone with access to this study.</source>
        <translation>Ihre Rolle (%1) darf keinen Notfallzugriff nutzen. Fragen Sie jemanden mit Zugriff auf diese Studie.</translation>
    </message>
    <message>
        <source>Emergency access is granted for one study; no study was named.</source>
        <translation>Notfallzugriff wird für eine Studie gewährt; es wurde keine Studie genannt.</translation>
    </message>
    <message>
        <source>Choose one of the reason categories: %1.</source>
        <translation>Wählen Sie eine der Begründungskategorien: %1.</translation>
    </message>
    <message>
        <source>Describe the emergency in at least %1 characters (you wrote %2): the reason is reviewed afterwards.</source>
        <translation>Beschreiben Sie den Notfall mit mindestens %1 Zeichen (Sie haben %2 geschrieben): Die Begründung wird nachträglich geprüft.</translation>
    </message>
    <message>
        <source>Emergency access needs you to sign in again as yourself; the sign-in was for someone else.</source>
        <translation>Für den Notfallzugriff müssen Sie sich erneut als Sie selbst anmelden; die Anmeldung galt einer anderen Person.</translation>
    </message>
    <message>
        <source>Emergency access needs a fresh sign-in with your second factor.</source>
        <translation>Der Notfallzugriff braucht eine neue Anmeldung mit Ihrem zweiten Faktor.</translation>
    </message>
    <message>
        <source>Emergency access needs a sign-in from the last %1 minutes; please sign in again.</source>
        <translation>Der Notfallzugriff braucht eine Anmeldung aus den letzten %1 Minuten; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Complete the break-glass training before using emergency access.</source>
        <translation>Absolvieren Sie die Schulung zum Notfallzugriff, bevor Sie ihn nutzen.</translation>
    </message>
    <message>
        <source>Emergency access at this site does not cover the wish to %1; ask someone whose role allows it.</source>
        <translation>Der Notfallzugriff an diesem Standort umfasst nicht: %1. Fragen Sie jemanden, dessen Rolle es erlaubt.</translation>
    </message>
    <message>
        <source>Before you %1 under emergency access, complete the training &quot;%2&quot;.</source>
        <translation>Bevor Sie im Notfallzugriff %1, absolvieren Sie die Schulung „%2“.</translation>
    </message>
    <message>
        <source>Emergency access could not be recorded, so it was not granted: %1</source>
        <translation>Der Notfallzugriff konnte nicht aufgezeichnet werden und wurde daher nicht gewährt: %1</translation>
    </message>
    <message>
        <source>There is no emergency access with that id.</source>
        <translation>Es gibt keinen Notfallzugriff mit dieser ID.</translation>
    </message>
    <message>
        <source>Your role (%1) may not review emergency accesses.</source>
        <translation>Ihre Rolle (%1) darf keine Notfallzugriffe prüfen.</translation>
    </message>
    <message>
        <source>Nobody may review their own emergency access; another reviewer must do it.</source>
        <translation>Niemand darf seinen eigenen Notfallzugriff prüfen; das muss eine andere prüfende Person tun.</translation>
    </message>
    <message>
        <source>This emergency access is still running; review it after it ends.</source>
        <translation>Dieser Notfallzugriff läuft noch; prüfen Sie ihn, nachdem er beendet ist.</translation>
    </message>
    <message>
        <source>Write what you found (the review note cannot be empty).</source>
        <translation>Schreiben Sie, was Sie festgestellt haben (die Prüfnotiz darf nicht leer sein).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No role at this site may do this; ask your administrator if you need it.</source>
        <translation>Keine Rolle an diesem Standort darf dies tun; fragen Sie Ihren Administrator, wenn Sie es brauchen.</translation>
    </message>
    <message>
        <source>Ask someone with the role %1, or your administrator.</source>
        <translation>Fragen Sie jemanden mit der Rolle %1 oder Ihren Administrator.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>You are not signed in. Sign in first.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Your session is locked. Unlock it by signing in again.</source>
        <translation>Ihre Sitzung ist gesperrt. Entsperren Sie sie, indem Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This site allows no export to files. Ask your administrator.</source>
        <translation>Dieser Standort erlaubt keinen Export in Dateien. Fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The folder %1 is not an allowed export destination at this site. Allowed: %2.</source>
        <translation>Der Ordner %1 ist an diesem Standort kein erlaubtes Exportziel. Erlaubt: %2.</translation>
    </message>
    <message>
        <source>This site requires a second factor, and your sign-in had none. Sign in again with your one-time code.</source>
        <translation>Dieser Standort verlangt einen zweiten Faktor, und Ihre Anmeldung hatte keinen. Melden Sie sich erneut mit Ihrem Einmalcode an.</translation>
    </message>
    <message>
        <source>No study was named for this action; nothing was done.</source>
        <translation>Für diese Aktion wurde keine Studie genannt; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>Ihre Rolle (%1) darf nicht %2.</translation>
    </message>
    <message>
        <source>In an emergency you may use break-glass access for this study: it is recorded and reviewed.</source>
        <translation>Im Notfall können Sie für diese Studie den Notfallzugriff (Break-Glass) nutzen: Er wird aufgezeichnet und geprüft.</translation>
    </message>
    <message>
        <source>Before you %1, complete the short training &quot;%2&quot; (version %3).</source>
        <translation>Bevor Sie %1, absolvieren Sie die kurze Schulung „%2“ (Version %3).</translation>
    </message>
    <message>
        <source>use emergency access</source>
        <translation>Notfallzugriff nutzen</translation>
    </message>
    <message>
        <source>plain DICOM and plain HTTP let anyone on the network read the patient lists and images that pass, so a clinical PACS is reached over TLS only; only a node marked &quot;test&quot;: true may be plain</source>
        <translation>unverschlüsseltes DICOM und unverschlüsseltes HTTP lassen jeden im Netzwerk die durchlaufenden Patientenlisten und Bilder lesen, daher wird ein klinisches PACS nur über TLS erreicht; nur ein mit &quot;test&quot;: true markierter Knoten darf unverschlüsselt sein</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; is refused for DICOMweb: its address %2 is not https, and %3.</source>
        <translation>Der PACS-Knoten „%1“ wird für DICOMweb abgelehnt: Seine Adresse %2 ist kein https, und %3.</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; is refused: it has no &quot;tls&quot; section, so DICOM would travel as plain TCP, and %2.</source>
        <translation>Der PACS-Knoten „%1“ wird abgelehnt: Er hat keinen Abschnitt &quot;tls&quot;, daher würde DICOM als unverschlüsseltes TCP übertragen, und %2.</translation>
    </message>
    <message>
        <source>this field needs &quot;version&quot;: 2 at the top of the policy</source>
        <translation>dieses Feld braucht &quot;version&quot;: 2 am Anfang der Richtlinie</translation>
    </message>
    <message>
        <source>the node name &quot;%1&quot; is used twice</source>
        <translation>der Knotenname „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>DIMSE needs all three of aeTitle, host and port</source>
        <translation>DIMSE braucht alle drei: aeTitle, host und port</translation>
    </message>
    <message>
        <source>the node names no way to reach it: give aeTitle, host and port (DIMSE) or dicomweb (a base URL)</source>
        <translation>der Knoten nennt keinen Weg, ihn zu erreichen: Geben Sie aeTitle, host und port (DIMSE) oder dicomweb (eine Basis-URL) an</translation>
    </message>
    <message>
        <source>a client certificate needs both certFile and keyFile</source>
        <translation>ein Client-Zertifikat braucht sowohl certFile als auch keyFile</translation>
    </message>
    <message>
        <source>an https node needs a &quot;tls&quot; section naming the CA (caFile) that signs the PACS&apos;s certificate</source>
        <translation>ein https-Knoten braucht einen Abschnitt &quot;tls&quot;, der die CA (caFile) nennt, die das Zertifikat des PACS signiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;version&quot;: %2 at the top of the policy</source>
        <translation>„%1“ braucht &quot;version&quot;: %2 am Anfang der Richtlinie</translation>
    </message>
    <message>
        <source>the project name &quot;%1&quot; is used twice: each project has one key</source>
        <translation>der Projektname „%1“ wird zweimal verwendet: Jedes Projekt hat einen Schlüssel</translation>
    </message>
    <message>
        <source>choose full dates or modified dates, not both</source>
        <translation>wählen Sie vollständige oder veränderte Datumsangaben, nicht beides</translation>
    </message>
    <message>
        <source>there is no role &quot;%1&quot;</source>
        <translation>es gibt keine Rolle „%1“</translation>
    </message>
    <message>
        <source>a backlog ceiling needs the collector&apos;s &quot;host&quot; beside it</source>
        <translation>eine Obergrenze für den Rückstau braucht daneben den &quot;host&quot; des Collectors</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role defined under &quot;roles&quot;</source>
        <translation>„%1“ ist keine unter &quot;roles&quot; definierte Rolle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action on a study; only those can be emergency-eligible</source>
        <translation>„%1“ ist keine Aktion an einer Studie; nur solche können für den Notfallzugriff zugelassen werden</translation>
    </message>
    <message>
        <source>the module &quot;%1&quot; is listed twice</source>
        <translation>das Modul „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is not installed (installed: %3); nobody could complete it</source>
        <translation>Version %1 von „%2“ ist nicht installiert (installiert: %3); niemand könnte sie absolvieren</translation>
    </message>
    <message>
        <source>%1 cannot be examined</source>
        <translation>%1 kann nicht untersucht werden</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is owned by %2, not by root, so that user can change the policy</source>
        <translation>%1 gehört %2, nicht root, daher kann dieser Benutzer die Richtlinie ändern</translation>
    </message>
    <message>
        <source>%1 is writable by %2</source>
        <translation>%1 ist beschreibbar für %2</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>jeden Benutzer</translation>
    </message>
    <message>
        <source>its group</source>
        <translation>seine Gruppe</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>/ cannot be opened</source>
        <translation>/ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (or no folder); the policy is read only through real folders</source>
        <translation>%1 ist ein symbolischer Link (oder kein Ordner); die Richtlinie wird nur über echte Ordner gelesen</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the policy file itself must be there, not a link to it</source>
        <translation>%1 ist ein symbolischer Link; die Richtliniendatei selbst muss dort liegen, kein Link auf sie</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, which is no policy file</source>
        <translation>%1 ist größer als 4 MiB, das ist keine Richtliniendatei</translation>
    </message>
    <message>
        <source>%1 line %2: not valid JSON: %3</source>
        <translation>%1 Zeile %2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1 line %2: %3: %4</source>
        <translation>%1 Zeile %2: %3: %4</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>%1: and %2 more problems of the same kinds.</source>
        <translation>%1: und %2 weitere Probleme derselben Art.</translation>
    </message>
    <message>
        <source>The site policy %1 is refused: %2. Only an administrator may be able to change it: make it and its folders owned by root and not writable by others (chmod 644 file, 755 folders), with no symbolic link on the way.</source>
        <translation>Die Standortrichtlinie %1 wird abgelehnt: %2. Nur ein Administrator darf sie ändern können: Machen Sie root zum Eigentümer der Datei und ihrer Ordner, und lassen Sie sie nicht für andere beschreibbar (chmod 644 für die Datei, 755 für die Ordner), ohne symbolischen Link auf dem Weg.</translation>
    </message>
    <message>
        <source>The site policy %1 cannot be read: %2</source>
        <translation>Die Standortrichtlinie %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>built-in default policy</source>
        <translation>eingebaute Standardrichtlinie</translation>
    </message>
    <message>
        <source>%1 is refused: a site policy is installed on this computer (%2), so %3 Ask your IT department if you need something else.</source>
        <translation>%1 wird abgelehnt: Auf diesem Computer ist eine Standortrichtlinie installiert (%2). %3 Fragen Sie Ihre IT-Abteilung, wenn Sie etwas anderes brauchen.</translation>
    </message>
    <message>
        <source>the installed policy is the only one that applies.</source>
        <translation>Es gilt ausschließlich die installierte Richtlinie.</translation>
    </message>
    <message>
        <source>Custos keeps its accounts, audit trail and records where the site decided, not in a folder of your choice.</source>
        <translation>Custos legt seine Konten, sein Audit-Protokoll und seine Aufzeichnungen dort ab, wo der Standort es festgelegt hat, nicht in einem Ordner Ihrer Wahl.</translation>
    </message>
    <message>
        <source>the demo&apos;s accounts with public passwords have no place on a clinical workstation.</source>
        <translation>Die Demo-Konten mit öffentlichen Passwörtern haben auf einem klinischen Arbeitsplatz nichts zu suchen.</translation>
    </message>
    <message>
        <source>the identity provider and how its groups become roles come only from the site policy (identityProvider), never from a command line.</source>
        <translation>Der Identitätsanbieter und die Zuordnung seiner Gruppen zu Rollen kommen ausschließlich aus der Standortrichtlinie (identityProvider), nie von einer Befehlszeile.</translation>
    </message>
    <message>
        <source>the identity provider and how its groups become roles come only from the site policy (identityProvider), never from a settings file; remove the setting.</source>
        <translation>Der Identitätsanbieter und die Zuordnung seiner Gruppen zu Rollen kommen ausschließlich aus der Standortrichtlinie (identityProvider), nie aus einer Einstellungsdatei; entfernen Sie die Einstellung.</translation>
    </message>
    <message>
        <source>managed preferences (com.custos.viewer)</source>
        <translation>verwaltete Einstellungen (com.custos.viewer)</translation>
    </message>
    <message>
        <source>The site policy %1 names no identity provider (identityProvider.issuer and clientId), so single sign-on is not available.</source>
        <translation>Die Standortrichtlinie %1 nennt keinen Identitätsanbieter (identityProvider.issuer und clientId), daher ist Single Sign-on nicht verfügbar.</translation>
    </message>
    <message>
        <source>The identity provider %1 is refused: at a site, single sign-on uses https only, so nobody on the network or on this computer can stand in for the provider.</source>
        <translation>Der Identitätsanbieter %1 wird abgelehnt: An einem Standort verwendet Single Sign-on nur https, damit sich niemand im Netzwerk oder auf diesem Computer als Anbieter ausgeben kann.</translation>
    </message>
    <message>
        <source>The site policy&apos;s identity provider cannot be used: %1</source>
        <translation>Der Identitätsanbieter der Standortrichtlinie kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The policy schema uses %1, which this validator does not implement.</source>
        <translation>Das Richtlinienschema verwendet %1, was dieser Validator nicht implementiert.</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is required</source>
        <translation>das Feld „%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>unknown field (known fields: %1)</source>
        <translation>unbekanntes Feld (bekannte Felder: %1)</translation>
    </message>
    <message>
        <source>needs at least %1 entries, has %2</source>
        <translation>braucht mindestens %1 Einträge, hat %2</translation>
    </message>
    <message>
        <source>allows at most %1 entries, has %2</source>
        <translation>erlaubt höchstens %1 Einträge, hat %2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>%1 is not a known %2</source>
        <translation>%1 ist als %2 nicht bekannt</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner von %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>%1 is shorter than %2 characters</source>
        <translation>%1 ist kürzer als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 entspricht nicht dem Muster %2</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 (pattern %3)</source>
        <translation>%1 ist als %2 nicht gültig (Muster %3)</translation>
    </message>
    <message>
        <source>%1 is damaged (not a Custos state file).</source>
        <translation>%1 ist beschädigt (keine Custos-Zustandsdatei).</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: it was changed outside Custos.</source>
        <translation>%1 hat die Integritätsprüfung nicht bestanden: Die Datei wurde außerhalb von Custos geändert.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The training module %1 is not valid JSON.</source>
        <translation>Das Schulungsmodul %1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The training module %1: question %2 needs a text, two or more choices and the index of the right one.</source>
        <translation>Das Schulungsmodul %1: Frage %2 braucht einen Text, zwei oder mehr Antwortmöglichkeiten und den Index der richtigen.</translation>
    </message>
    <message>
        <source>The training module %1 needs an id, a version, a title and at least one question.</source>
        <translation>Das Schulungsmodul %1 braucht eine ID, eine Version, einen Titel und mindestens eine Frage.</translation>
    </message>
    <message>
        <source>There is no training module &quot;%1&quot; in this version of Custos.</source>
        <translation>In dieser Version von Custos gibt es kein Schulungsmodul „%1“.</translation>
    </message>
    <message>
        <source>Sign in before completing a training module.</source>
        <translation>Melden Sie sich an, bevor Sie ein Schulungsmodul absolvieren.</translation>
    </message>
    <message>
        <source>Not yet: please look again at question %1 of &quot;%2&quot; and try once more.</source>
        <translation>Noch nicht: Bitte sehen Sie sich Frage %1 von „%2“ noch einmal an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your answers were right, but the acknowledgement could not be kept: %1</source>
        <translation>Ihre Antworten waren richtig, aber die Bestätigung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&quot;move&quot; retrieves over DIMSE: the node needs aeTitle, host and port</source>
        <translation>„move“ ruft über DIMSE ab: Der Knoten braucht aeTitle, host und port</translation>
    </message>
    <message>
        <source>&quot;retrieve&quot;: &quot;move&quot; needs a moveDestination with the aeTitle and port of Custos&apos;s receiving SCP</source>
        <translation>&quot;retrieve&quot;: &quot;move&quot; braucht ein moveDestination mit aeTitle und port des empfangenden SCP von Custos</translation>
    </message>
    <message>
        <source>a moveDestination is only used with &quot;retrieve&quot;: &quot;move&quot;</source>
        <translation>ein moveDestination wird nur mit &quot;retrieve&quot;: &quot;move&quot; verwendet</translation>
    </message>
    <message>
        <source>C-MOVE over TLS needs certFile and keyFile: Custos&apos;s receiving SCP presents that certificate to the PACS</source>
        <translation>C-MOVE über TLS braucht certFile und keyFile: Der empfangende SCP von Custos zeigt dieses Zertifikat dem PACS vor</translation>
    </message>
</context>
<context>
    <name>custos::study</name>
    <message>
        <source>Nobody was asked whether this study may be shown, so it is not shown.</source>
        <translation>Niemand wurde gefragt, ob diese Studie angezeigt werden darf; deshalb wird sie nicht angezeigt.</translation>
    </message>
    <message>
        <source>The encrypted cache is not available, and a retrieved study is kept nowhere else.</source>
        <translation>Der verschlüsselte Cache ist nicht verfügbar, und eine abgerufene Studie wird nirgendwo sonst abgelegt.</translation>
    </message>
    <message>
        <source>The PACS &quot;%1&quot; has no instances of study %2.</source>
        <translation>Das PACS „%1“ hat keine Instanzen der Studie %2.</translation>
    </message>
</context>
<context>
    <name>custos::ui</name>
    <message>
        <source>the computer was locked</source>
        <translation>der Computer wurde gesperrt</translation>
    </message>
    <message>
        <source>the computer is going to sleep</source>
        <translation>der Computer wechselt in den Ruhezustand</translation>
    </message>
</context>
<context>
    <name>custos::ui::AdminView</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name (their login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The text of the policy in force (%1) is not available here.</source>
        <translation>Der Text der geltenden Richtlinie (%1) ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Custos — Administration</source>
        <translation>Custos — Administration</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Break-glass review</source>
        <translation>Prüfung der Notfallzugriffe</translation>
    </message>
    <message>
        <source>Policy and protection</source>
        <translation>Richtlinie und Schutz</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>patient name or ID</source>
        <translation>Patientenname oder -ID</translation>
    </message>
    <message>
        <source>study UID</source>
        <translation>Studien-UID</translation>
    </message>
    <message>
        <source>event (code or words)</source>
        <translation>Ereignis (Code oder Text)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Export as ATNA XML…</source>
        <translation>Als ATNA-XML exportieren…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>ATNA XML (*.xml)</source>
        <translation>ATNA-XML (*.xml)</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Review note: what did you check, and what follows?</source>
        <translation>Prüfnotiz: Was haben Sie geprüft, und was folgt daraus?</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Prüfung erfassen</translation>
    </message>
    <message>
        <source>Emergency accesses that ended and wait for a post-event review:</source>
        <translation>Beendete Notfallzugriffe, die auf eine nachträgliche Prüfung warten:</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site policy:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;From:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Screen-capture protection on this computer:&lt;/b&gt; %3. %4&lt;br&gt;&lt;b&gt;Policy setting:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Standortrichtlinie:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Quelle:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Bildschirmaufnahmeschutz auf diesem Computer:&lt;/b&gt; %3. %4&lt;br&gt;&lt;b&gt;Richtlinieneinstellung:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Your role may not read the policy.</source>
        <translation>Ihre Rolle darf die Richtlinie nicht lesen.</translation>
    </message>
    <message>
        <source>There is no audit trail on this computer (the keychain is unavailable).</source>
        <translation>Auf diesem Computer gibt es kein Audit-Protokoll (der Schlüsselbund ist nicht verfügbar).</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source> — purpose: %1</source>
        <translation> — Zweck: %1</translation>
    </message>
    <message>
        <source>There is no audit trail to verify.</source>
        <translation>Es gibt kein Audit-Protokoll, das geprüft werden kann.</translation>
    </message>
    <message>
        <source>Your role may not export the audit trail.</source>
        <translation>Ihre Rolle darf das Audit-Protokoll nicht exportieren.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n Datensatz in %1 geschrieben.</numerusform>
            <numerusform>%n Datensätze in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an emergency access in the list first.</source>
        <translation>Wählen Sie zuerst einen Notfallzugriff in der Liste aus.</translation>
    </message>
    <message>
        <source>Write what the review found.</source>
        <translation>Geben Sie an, was die Prüfung ergeben hat.</translation>
    </message>
    <message>
        <source>Your role may not review emergency accesses.</source>
        <translation>Ihre Rolle darf Notfallzugriffe nicht prüfen.</translation>
    </message>
    <message>
        <source>The review was recorded.</source>
        <translation>Die Prüfung wurde erfasst.</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Gerechtfertigt</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>Nicht gerechtfertigt</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Nachverfolgung nötig</translation>
    </message>
    <message>
        <source>Choose a verdict…</source>
        <translation>Bewertung wählen…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Done during the access</source>
        <translation>Während des Zugriffs getan</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>after %1 min: %2</source>
        <translation>nach %1 min: %2</translation>
    </message>
    <message>
        <source>not in the trail</source>
        <translation>nicht im Protokoll</translation>
    </message>
    <message>
        <source>Choose a verdict: was the access justified?</source>
        <translation>Wählen Sie eine Bewertung: War der Zugriff gerechtfertigt?</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuthShell</name>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>The identity provider did not confirm a second factor, and this site requires one.</source>
        <translation>Der Identitätsanbieter hat keinen zweiten Faktor bestätigt, dieser Standort verlangt jedoch einen.</translation>
    </message>
    <message>
        <source>Local accounts are not available on this computer.</source>
        <translation>Lokale Konten sind auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser...</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser...</translation>
    </message>
    <message>
        <source>Your identity provider did not confirm a second factor, and this site requires one. Sign in at the provider with multi-factor authentication, or ask IT to require it there.</source>
        <translation>Ihr Identitätsanbieter hat keinen zweiten Faktor bestätigt, dieser Standort verlangt jedoch einen. Melden Sie sich beim Anbieter mit Multi-Faktor-Authentifizierung an oder bitten Sie die IT, diese dort vorzuschreiben.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <source>locked by the user</source>
        <translation>vom Benutzer gesperrt</translation>
    </message>
    <message>
        <source>&amp;Switch user...</source>
        <translation>Benutzer &amp;wechseln...</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
    </message>
    <message>
        <source>DEMO: password &quot;%1&quot;, code %2</source>
        <translation>DEMO: Passwort „%1“, Code %2</translation>
    </message>
    <message>
        <source>Locked: %1.</source>
        <translation>Gesperrt: %1.</translation>
    </message>
    <message>
        <source>Custos (locked)</source>
        <translation>Custos (gesperrt)</translation>
    </message>
    <message>
        <source>Signed out (%1). The studies were closed.</source>
        <translation>Abgemeldet (%1). Die Studien wurden geschlossen.</translation>
    </message>
    <message>
        <source>This site requires a second factor from its identity provider, and the provider did not confirm one. Sign in with your second factor at the provider, or ask your administrator.</source>
        <translation>Dieser Standort verlangt einen zweiten Faktor von seinem Identitätsanbieter, und der Anbieter hat keinen bestätigt. Melden Sie sich beim Anbieter mit Ihrem zweiten Faktor an oder fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>This site requires a second factor, the identity provider did not confirm one, and no Custos code is set up for %1. Ask your administrator for a one-time enrolment code (custos-cli users issue-enrolment %2), then set up your code with: custos-cli login --sso --enrolment-code CODE</source>
        <translation>Dieser Standort verlangt einen zweiten Faktor, der Identitätsanbieter hat keinen bestätigt, und für %1 ist kein Custos-Code eingerichtet. Bitten Sie Ihren Administrator um einen einmaligen Einrichtungscode (custos-cli users issue-enrolment %2) und richten Sie Ihren Code dann ein mit: custos-cli login --sso --enrolment-code CODE</translation>
    </message>
</context>
<context>
    <name>custos::ui::BreakGlassDialog</name>
    <message>
        <source>Choose the kind of emergency.</source>
        <translation>Wählen Sie die Art des Notfalls.</translation>
    </message>
    <message>
        <source>Choose the kind of emergency…</source>
        <translation>Art des Notfalls wählen…</translation>
    </message>
    <message>
        <source>System outage</source>
        <translation>Systemausfall</translation>
    </message>
    <message>
        <source>On-call coverage</source>
        <translation>Bereitschaftsdienst</translation>
    </message>
    <message>
        <source>Urgent clinical care</source>
        <translation>Dringende klinische Versorgung</translation>
    </message>
    <message>
        <source>Life-threatening emergency</source>
        <translation>Lebensbedrohlicher Notfall</translation>
    </message>
    <message>
        <source>Describe the emergency in words (at least three different words): what is happening, and why it cannot wait. The reason is reviewed afterwards.</source>
        <translation>Beschreiben Sie den Notfall in Worten (mindestens drei verschiedene Wörter): was geschieht und warum es nicht warten kann. Die Begründung wird im Nachhinein geprüft.</translation>
    </message>
    <message>
        <source>Emergency access (break-glass)</source>
        <translation>Notfallzugriff (Break-Glass)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your role does not allow this for this study.&lt;/b&gt; In an emergency you may have access anyway, for %1 minutes and for this one study only.&lt;/p&gt;&lt;p&gt;Everything you do is recorded. The access starts and ends as security alerts in the audit trail, and the compliance office reviews your reason afterwards. Use it only when a patient&apos;s care cannot wait for someone with regular access.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihre Rolle erlaubt dies für diese Studie nicht.&lt;/b&gt; Im Notfall können Sie trotzdem Zugriff erhalten, für %1 Minuten und nur diese eine Studie.&lt;/p&gt;&lt;p&gt;Alle Ihre Aktionen werden protokolliert. Beginn und Ende des Zugriffs werden als Sicherheitswarnungen im Audit-Protokoll erfasst, und die Compliance-Abteilung prüft Ihre Begründung im Nachhinein. Nutzen Sie den Zugriff nur, wenn die Versorgung eines Patienten nicht warten kann, bis jemand mit regulärem Zugriff verfügbar ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason category:</source>
        <translation>Kategorie der Begründung:</translation>
    </message>
    <message>
        <source>What is the emergency, and why can it not wait? (at least %1 characters)</source>
        <translation>Worin besteht der Notfall, und warum kann er nicht warten? (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Sign in again as %1 to confirm it is you.</source>
        <translation>Melden Sie sich erneut als %1 an, um Ihre Identität zu bestätigen.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Start emergency access</source>
        <translation>Notfallzugriff starten</translation>
    </message>
    <message>
        <source>Describe the emergency in at least %1 characters (you wrote %2): the reason is reviewed afterwards.</source>
        <translation>Beschreiben Sie den Notfall mit mindestens %1 Zeichen (Sie haben %2 geschrieben): Die Begründung wird nachträglich geprüft.</translation>
    </message>
    <message>
        <source>Emergency access is not available on this computer (no protected storage for the grants).</source>
        <translation>Notfallzugriff ist auf diesem Computer nicht verfügbar (kein geschützter Speicher für die Freigaben).</translation>
    </message>
    <message>
        <source>Sign in again as %1 with your organisation&apos;s sign-in to confirm it is you: your browser opens. If it asks for no second factor, enter your authenticator&apos;s code here.</source>
        <translation>Melden Sie sich als %1 erneut über die Anmeldung Ihrer Organisation an, um zu bestätigen, dass Sie es sind: Ihr Browser öffnet sich. Fragt sie keinen zweiten Faktor ab, geben Sie hier den Code Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Emergency access needs a fresh sign-in, and single sign-on is not configured on this computer.</source>
        <translation>Der Notfallzugriff erfordert eine erneute Anmeldung, und Single Sign-On ist auf diesem Computer nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser...</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser...</translation>
    </message>
    <message>
        <source>Emergency access needs a fresh sign-in, which is not possible for this account here.</source>
        <translation>Der Notfallzugriff erfordert eine erneute Anmeldung, die für dieses Konto hier nicht möglich ist.</translation>
    </message>
    <message>
        <source>Your identity provider did not confirm a second factor: enter the code from your authenticator app and try again.</source>
        <translation>Ihr Identitätsanbieter hat keinen zweiten Faktor bestätigt: Geben Sie den Code aus Ihrer Authenticator-App ein und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CaptureProtection</name>
    <message>
        <source>Screen capture protection is not available: on X11 any program on this desktop can read the screen, so screenshots and screen sharing can show patient images.</source>
        <translation>Bildschirmaufnahmeschutz ist nicht verfügbar: Unter X11 kann jedes Programm auf diesem Desktop den Bildschirminhalt lesen, sodass Screenshots und Bildschirmfreigaben Patientenbilder zeigen können.</translation>
    </message>
    <message>
        <source>Screen capture protection is not available: Wayland has no way for a window to opt out of screenshots and screen sharing that the person approves.</source>
        <translation>Bildschirmaufnahmeschutz ist nicht verfügbar: Unter Wayland kann ein Fenster sich nicht von Screenshots und Bildschirmfreigaben ausnehmen, die der Benutzer genehmigt.</translation>
    </message>
    <message>
        <source>Screen capture protection is not available on this platform: screenshots and screen sharing can show patient images.</source>
        <translation>Bildschirmaufnahmeschutz ist auf dieser Plattform nicht verfügbar: Screenshots und Bildschirmfreigaben können Patientenbilder zeigen.</translation>
    </message>
    <message>
        <source>Custos windows are left out of screenshots, screen recordings and screen sharing.</source>
        <translation>Custos-Fenster werden von Screenshots, Bildschirmaufzeichnungen und Bildschirmfreigaben ausgenommen.</translation>
    </message>
    <message>
        <source>Custos windows appear black in screenshots and screen sharing. This version of Windows cannot leave them out entirely (that needs Windows 10 version 2004 or later).</source>
        <translation>Custos-Fenster erscheinen in Screenshots und Bildschirmfreigaben schwarz. Diese Windows-Version kann sie nicht vollständig ausnehmen (dazu ist Windows 10 Version 2004 oder neuer erforderlich).</translation>
    </message>
    <message>
        <source>Custos windows appear black in screenshots and screen sharing. This version of Windows cannot leave them out entirely (that needs Windows 10 version 2004 or later): %1</source>
        <translation>Custos-Fenster erscheinen in Screenshots und Bildschirmfreigaben schwarz. Diese Windows-Version kann sie nicht vollständig ausnehmen (dazu ist Windows 10 Version 2004 oder neuer erforderlich): %1</translation>
    </message>
    <message>
        <source>Custos windows ask macOS to be left out of screen captures, but macOS honours this only for older capture methods: ScreenCaptureKit, used by macOS 15&apos;s screenshot and recording tools and by many sharing apps, can still capture them.</source>
        <translation>Custos-Fenster bitten macOS, von Bildschirmaufnahmen ausgenommen zu werden, macOS berücksichtigt dies jedoch nur bei älteren Aufnahmeverfahren: ScreenCaptureKit, das von den Screenshot- und Aufnahmewerkzeugen in macOS 15 und von vielen Freigabe-Apps verwendet wird, kann sie dennoch aufnehmen.</translation>
    </message>
    <message>
        <source>A Custos window could not be protected from screen capture: %1</source>
        <translation>Ein Custos-Fenster konnte nicht vor Bildschirmaufnahmen geschützt werden: %1</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System hat keinen Grund angegeben</translation>
    </message>
</context>
<context>
    <name>custos::ui::ComplianceController</name>
    <message>
        <source>Nothing to show: see the notice above.</source>
        <translation>Nichts anzuzeigen: siehe den Hinweis oben.</translation>
    </message>
    <message>
        <source>Emergency access lets you see this study. Reviewing AI findings stays with the roles that review them (your role: %1).</source>
        <translation>Der Notfallzugriff erlaubt Ihnen, diese Studie anzusehen. Die Prüfung von KI-Befunden bleibt den Rollen vorbehalten, die sie prüfen (Ihre Rolle: %1).</translation>
    </message>
    <message>
        <source>Offered when your role does not allow something for a study and the site policy allows emergency access.</source>
        <translation>Angeboten, wenn Ihre Rolle etwas für eine Studie nicht erlaubt und die Standortrichtlinie Notfallzugriff zulässt.</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n series)</source>
        <translation>
            <numerusform>%1 (%n Serie)</numerusform>
            <numerusform>%1 (%n Serien)</numerusform>
        </translation>
    </message>
    <message>
        <source>study</source>
        <translation>Studie</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a study first, then export it.</source>
        <translation>Öffnen Sie zuerst eine Studie, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
    <message>
        <source>Open a study first.</source>
        <translation>Öffnen Sie zuerst eine Studie.</translation>
    </message>
    <message>
        <source>The image was not copied. %1</source>
        <translation>Das Bild wurde nicht kopiert. %1</translation>
    </message>
    <message>
        <source>The image was copied with a watermark. It contains patient data: paste it only where the policy allows.</source>
        <translation>Das Bild wurde mit einem Wasserzeichen kopiert. Es enthält Patientendaten: Fügen Sie es nur dort ein, wo die Richtlinie es erlaubt.</translation>
    </message>
    <message>
        <source>Nothing was printed. %1</source>
        <translation>Es wurde nichts gedruckt. %1</translation>
    </message>
    <message>
        <source>The image cannot be dragged out. %1</source>
        <translation>Das Bild kann nicht herausgezogen werden. %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>About Custos</source>
        <translation>Über Custos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custos&lt;/b&gt; %1&lt;br&gt;A radiology viewer with the HIPAA safeguards built in.</source>
        <translation>&lt;b&gt;Custos&lt;/b&gt; %1&lt;br&gt;Ein Radiologie-Viewer mit integrierten HIPAA-Schutzmaßnahmen.</translation>
    </message>
    <message>
        <source>Screen-capture protection on this computer: &lt;b&gt;%1&lt;/b&gt;. %2&lt;br&gt;&lt;br&gt;Site policy: %3 (%4).</source>
        <translation>Bildschirmaufnahmeschutz auf diesem Computer: &lt;b&gt;%1&lt;/b&gt;. %2&lt;br&gt;&lt;br&gt;Standortrichtlinie: %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Serie</numerusform>
            <numerusform>%n Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>De-identifiziert</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Emergency &amp;Access (Break-Glass)…</source>
        <translation>&amp;Notfallzugriff (Break-Glass)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>A&amp;dministration…</source>
        <translation>Ad&amp;ministration…</translation>
    </message>
    <message>
        <source>&amp;About Custos</source>
        <translation>Ü&amp;ber Custos</translation>
    </message>
    <message>
        <source>Training: AI Findings Review…</source>
        <translation>Schulung: Prüfung von KI-Befunden…</translation>
    </message>
    <message>
        <source>On-screen &amp;Watermark</source>
        <translation>Bildschirm-&amp;Wasserzeichen</translation>
    </message>
    <message>
        <source>Request emergency access…</source>
        <translation>Notfallzugriff anfordern…</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <source>Required by the site policy: this computer cannot keep Custos out of screen captures.</source>
        <translation>Von der Standortrichtlinie vorgeschrieben: Dieser Computer kann Custos nicht von Bildschirmaufnahmen ausnehmen.</translation>
    </message>
    <message>
        <source>This study is not shown.</source>
        <translation>Diese Studie wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 studies are not shown.</source>
        <translation>%1 Studien werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>This study is not shown: %1</source>
        <translation>Diese Studie wird nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>A short training opens first.</source>
        <translation>Zuerst wird eine kurze Schulung geöffnet.</translation>
    </message>
    <message>
        <source>Complete the short training on AI review first: Help → Training: AI Findings Review…</source>
        <translation>Absolvieren Sie zuerst die kurze Schulung zur KI-Prüfung: Hilfe → Schulung: Prüfung von KI-Befunden…</translation>
    </message>
    <message>
        <source>Emergency access was not started: the training must be completed first.</source>
        <translation>Der Notfallzugriff wurde nicht gestartet: Zuerst muss die Schulung absolviert werden.</translation>
    </message>
    <message>
        <source>Emergency access has ended; the study was closed.</source>
        <translation>Der Notfallzugriff ist beendet; die Studie wurde geschlossen.</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS to one study — everything is recorded and reviewed. Ends in %1:%2.</source>
        <translation>NOTFALLZUGRIFF auf eine Studie — alle Aktionen werden protokolliert und geprüft. Endet in %1:%2.</translation>
    </message>
    <message>
        <source>ended by the user</source>
        <translation>vom Benutzer beendet</translation>
    </message>
    <message>
        <source>Your role (%1) does not review AI findings.</source>
        <translation>Ihre Rolle (%1) prüft keine KI-Befunde.</translation>
    </message>
    <message>
        <source>Nothing was printed (cancelled).</source>
        <translation>Es wurde nichts gedruckt (abgebrochen).</translation>
    </message>
    <message>
        <source>Nothing was printed: Custos prints to a printer only. To save the image as a file, use File → Export… (PNG or JPEG), which checks the folder against the site policy.</source>
        <translation>Es wurde nichts gedruckt: Custos druckt nur auf einen Drucker. Um das Bild als Datei zu speichern, verwenden Sie Datei → Exportieren… (PNG oder JPEG); dabei wird der Ordner gegen die Standortrichtlinie geprüft.</translation>
    </message>
    <message>
        <source>The window was closed.</source>
        <translation>Das Fenster wurde geschlossen.</translation>
    </message>
    <message>
        <source>The site policy names no PACS &quot;%1&quot; any more.</source>
        <translation>Die Standortrichtlinie nennt kein PACS „%1“ mehr.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CorrectDialog</name>
    <message>
        <source>Correct AI Finding</source>
        <translation>KI-Befund korrigieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: change what the AI got wrong; everything else stays as the AI said. A finding that is wrong altogether is rejected, not corrected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Ändern Sie, was die KI falsch erkannt hat; alles andere bleibt, wie die KI es angegeben hat. Ein völlig falscher Befund wird abgelehnt, nicht korrigiert.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Box left (column)</source>
        <translation>Rahmen links (Spalte)</translation>
    </message>
    <message>
        <source>Box top (row)</source>
        <translation>Rahmen oben (Zeile)</translation>
    </message>
    <message>
        <source>Box right (column)</source>
        <translation>Rahmen rechts (Spalte)</translation>
    </message>
    <message>
        <source>Box bottom (row)</source>
        <translation>Rahmen unten (Zeile)</translation>
    </message>
    <message>
        <source>Save Correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Nodule</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Raumforderung</translation>
    </message>
    <message>
        <source>Neoplasm</source>
        <translation>Neoplasie</translation>
    </message>
    <message>
        <source>Lymph node</source>
        <translation>Lymphknoten</translation>
    </message>
    <message>
        <source>Scar</source>
        <translation>Narbe</translation>
    </message>
    <message>
        <source>Atelectasis</source>
        <translation>Atelektase</translation>
    </message>
    <message>
        <source>Lung consolidation</source>
        <translation>Konsolidierung der Lunge</translation>
    </message>
    <message>
        <source>Pleural effusion</source>
        <translation>Pleuraerguss</translation>
    </message>
    <message>
        <source>Pneumothorax</source>
        <translation>Pneumothorax</translation>
    </message>
    <message>
        <source>%1 (as the AI said)</source>
        <translation>%1 (wie von der KI angegeben)</translation>
    </message>
    <message>
        <source>Finding class</source>
        <translation>Befundklasse</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>Point column</source>
        <translation>Punkt: Spalte</translation>
    </message>
    <message>
        <source>Point row</source>
        <translation>Punkt: Zeile</translation>
    </message>
    <message>
        <source>Move right by (pixels)</source>
        <translation>Nach rechts verschieben um (Pixel)</translation>
    </message>
    <message>
        <source>Move down by (pixels)</source>
        <translation>Nach unten verschieben um (Pixel)</translation>
    </message>
    <message>
        <source>The outline of a segment is not redrawn here: if it marks the wrong place, reject the finding as &quot;Wrong location&quot;.</source>
        <translation>Die Kontur eines Segments wird hier nicht neu gezeichnet: Markiert sie die falsche Stelle, lehnen Sie den Befund als „Falsche Lokalisation“ ab.</translation>
    </message>
    <message>
        <source>None given by the AI</source>
        <translation>Von der KI nicht angegeben</translation>
    </message>
</context>
<context>
    <name>custos::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Residual risk: k = %1 over %n patient(s) (the smallest group sharing what the files keep: %2).</source>
        <translation>
            <numerusform>Restrisiko: k = %1 bei %n Patient (die kleinste Gruppe mit denselben verbliebenen Merkmalen: %2).</numerusform>
            <numerusform>Restrisiko: k = %1 bei %n Patienten (die kleinste Gruppe mit denselben verbliebenen Merkmalen: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Provenance manifest: %1</source>
        <translation>Herkunftsnachweis (Manifest): %1</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>They leave Custos&apos; protection: keep them only where the purpose needs them.</source>
        <translation>Sie verlassen den Schutz von Custos: Bewahren Sie sie nur dort auf, wo der Zweck es erfordert.</translation>
    </message>
    <message>
        <source>Export %1 DICOM files with the patient&apos;s name and other identifying data to %2?</source>
        <translation>%1 DICOM-Dateien mit dem Namen des Patienten und weiteren identifizierenden Daten nach %2 exportieren?</translation>
    </message>
    <message>
        <source>Export patient data</source>
        <translation>Patientendaten exportieren</translation>
    </message>
    <message>
        <source>Exported. Change the format, the scope or the folder to export again.</source>
        <translation>Exportiert. Ändern Sie Format, Umfang oder Ordner, um erneut zu exportieren.</translation>
    </message>
    <message>
        <source>Your role does not allow this export. In an emergency you may request emergency (break-glass) access to this study; its short training comes first. Everything is recorded and reviewed.</source>
        <translation>Ihre Rolle erlaubt diesen Export nicht. Im Notfall können Sie Notfallzugriff (Break-Glass) auf diese Studie anfordern; zuvor ist eine kurze Schulung nötig. Alles wird protokolliert und geprüft.</translation>
    </message>
    <message>
        <source>Request emergency access…</source>
        <translation>Notfallzugriff anfordern…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>DICOM files, identified (as stored)</source>
        <translation>DICOM-Dateien, identifiziert (wie gespeichert)</translation>
    </message>
    <message>
        <source>DICOM files, de-identified (PS3.15 Basic Profile)</source>
        <translation>DICOM-Dateien, de-identifiziert (PS3.15 Basic Profile)</translation>
    </message>
    <message>
        <source>PNG image of the current view (watermarked)</source>
        <translation>PNG-Bild der aktuellen Ansicht (mit Wasserzeichen)</translation>
    </message>
    <message>
        <source>JPEG image of the current view (watermarked)</source>
        <translation>JPEG-Bild der aktuellen Ansicht (mit Wasserzeichen)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>What leaves:</source>
        <translation>Was exportiert wird:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Where to:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>The site policy allows no export destination.</source>
        <translation>Die Standortrichtlinie erlaubt kein Exportziel.</translation>
    </message>
    <message>
        <source>Allowed by the site policy: %1</source>
        <translation>Von der Standortrichtlinie erlaubt: %1</translation>
    </message>
    <message>
        <source>e.g. second opinion requested by the referring physician</source>
        <translation>z. B. Zweitmeinung, angefordert vom zuweisenden Arzt</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Export only what the purpose needs, only to where the policy allows, and check images for text burned into the pixels.</source>
        <translation>Exportieren Sie nur, was für den Zweck nötig ist, nur dorthin, wo die Richtlinie es erlaubt, und prüfen Sie die Bilder auf in die Pixel eingebrannten Text.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message numerus="yes">
        <source>the study: %1 (%n file(s))</source>
        <translation>
            <numerusform>die Studie: %1 (%n Datei)</numerusform>
            <numerusform>die Studie: %1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this series: %1 (%n file(s))</source>
        <translation>
            <numerusform>diese Serie: %1 (%n Datei)</numerusform>
            <numerusform>diese Serie: %1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 image of %1</source>
        <translation>1 Bild von %1</translation>
    </message>
    <message>
        <source>%1 files of %2</source>
        <translation>%1 Dateien von %2</translation>
    </message>
    <message>
        <source>Allowed for your role (%1), de-identified: your role exports de-identified data only, whatever format you choose.</source>
        <translation>Für Ihre Rolle (%1) erlaubt, de-identifiziert: Ihre Rolle exportiert unabhängig vom gewählten Format nur de-identifizierte Daten.</translation>
    </message>
    <message>
        <source>Allowed for your role (%1).</source>
        <translation>Für Ihre Rolle (%1) erlaubt.</translation>
    </message>
    <message>
        <source>Images carry the watermark &quot;%1&quot;.</source>
        <translation>Bilder erhalten das Wasserzeichen „%1“.</translation>
    </message>
    <message>
        <source>Allowed once you complete a short training (it opens when you press Export).</source>
        <translation>Erlaubt, sobald Sie eine kurze Schulung absolviert haben (sie wird geöffnet, wenn Sie auf „Exportieren“ klicken).</translation>
    </message>
    <message>
        <source>Say why the data leaves (the purpose is recorded in the audit trail).</source>
        <translation>Geben Sie an, warum die Daten exportiert werden (der Zweck wird im Audit-Protokoll erfasst).</translation>
    </message>
    <message>
        <source>Nothing was exported: the training must be completed first.</source>
        <translation>Es wurde nichts exportiert: Zuerst muss die Schulung absolviert werden.</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was exported.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The export failed: %1 Nothing was left behind.</source>
        <translation>Der Export ist fehlgeschlagen: %1 Es sind keine Reste zurückgeblieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>, de-identified</source>
        <translation>, de-identifiziert</translation>
    </message>
    <message>
        <source> (your role exports de-identified data only)</source>
        <translation> (Ihre Rolle exportiert nur de-identifizierte Daten)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may have text burned into the pixels: look at them before they leave.</source>
        <translation>
            <numerusform>%n Datei kann in die Pixel eingebrannten Text enthalten: Prüfen Sie sie, bevor sie exportiert wird.</numerusform>
            <numerusform>%n Dateien können in die Pixel eingebrannten Text enthalten: Prüfen Sie sie, bevor sie exportiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were held back, because de-identification cannot remove what their pixels show:</source>
        <translation>
            <numerusform>%n Datei wurde zurückgehalten, weil die De-Identifizierung nicht entfernen kann, was ihre Pixel zeigen:</numerusform>
            <numerusform>%n Dateien wurden zurückgehalten, weil die De-Identifizierung nicht entfernen kann, was ihre Pixel zeigen:</numerusform>
        </translation>
    </message>
    <message>
        <source>One image: the current view as on screen, with a burned-in watermark. Your role sees the patient&apos;s demographics masked, and so does the image.</source>
        <translation>Ein Bild: die aktuelle Ansicht wie auf dem Bildschirm, mit eingebranntem Wasserzeichen. Ihre Rolle sieht die Patientendaten maskiert, und so zeigt sie auch das Bild.</translation>
    </message>
    <message>
        <source>One image: the current view as on screen, with a burned-in watermark. It is not de-identified: the patient&apos;s name and ID in the corner text leave with it.</source>
        <translation>Ein Bild: die aktuelle Ansicht wie auf dem Bildschirm, mit eingebranntem Wasserzeichen. Es ist nicht de-identifiziert: Name und ID des Patienten im Ecktext verlassen Custos mit ihm.</translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM file(s), into a folder per study and series: &lt;folder&gt;/&lt;study&gt;/&lt;series&gt;/IM000001.dcm, …</source>
        <translation>
            <numerusform>%n DICOM-Datei, in einen Ordner je Studie und Serie: &lt;Ordner&gt;/&lt;Studie&gt;/&lt;Serie&gt;/IM000001.dcm, …</numerusform>
            <numerusform>%n DICOM-Dateien, in einen Ordner je Studie und Serie: &lt;Ordner&gt;/&lt;Studie&gt;/&lt;Serie&gt;/IM000001.dcm, …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM file(s) of the images flagged as key images, into a folder per study and series: &lt;folder&gt;/&lt;study&gt;/&lt;series&gt;/IM000001.dcm, …</source>
        <translation>
            <numerusform>%n DICOM-Datei der als Schlüsselbild markierten Bilder, in einen Ordner je Studie und Serie: &lt;Ordner&gt;/&lt;Studie&gt;/&lt;Serie&gt;/IM000001.dcm, …</numerusform>
            <numerusform>%n DICOM-Dateien der als Schlüsselbilder markierten Bilder, in einen Ordner je Studie und Serie: &lt;Ordner&gt;/&lt;Studie&gt;/&lt;Serie&gt;/IM000001.dcm, …</numerusform>
        </translation>
    </message>
    <message>
        <source>the key images of %1</source>
        <translation>die Schlüsselbilder von %1</translation>
    </message>
    <message>
        <source>key images only (no image is flagged: press K on an image to flag it)</source>
        <translation>nur Schlüsselbilder (kein Bild ist markiert: K markiert das angezeigte Bild)</translation>
    </message>
    <message numerus="yes">
        <source>key images only: %n file(s)</source>
        <translation>
            <numerusform>nur Schlüsselbilder: %n Datei</numerusform>
            <numerusform>nur Schlüsselbilder: %n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::FindingsController</name>
    <message>
        <source>AI Findings</source>
        <translation>KI-Befunde</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 annotates images that are not in the open study; it is listed but cannot be shown.</source>
        <translation>%1 annotiert Bilder, die nicht in der geöffneten Studie enthalten sind; es wird aufgeführt, kann aber nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 references %n image(s) Custos does not have.</source>
        <translation>
            <numerusform>%1 verweist auf %n Bild, das in Custos nicht vorliegt.</numerusform>
            <numerusform>%1 verweist auf %n Bilder, die in Custos nicht vorliegen.</numerusform>
        </translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (korrigiert)</translation>
    </message>
    <message>
        <source>This finding has no place on the images to go to.</source>
        <translation>Dieser Befund hat keine Position auf den Bildern, zu der gesprungen werden kann.</translation>
    </message>
    <message>
        <source>Reviewing AI findings is not allowed for you.</source>
        <translation>Sie sind nicht berechtigt, KI-Befunde zu prüfen.</translation>
    </message>
    <message>
        <source>There are no AI findings to review.</source>
        <translation>Es gibt keine KI-Befunde zu prüfen.</translation>
    </message>
    <message>
        <source>The study&apos;s folder is not known; choose a folder for the review.</source>
        <translation>Der Ordner der Studie ist unbekannt; wählen Sie einen Ordner für die Prüfung.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose another folder for the review.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden; wählen Sie einen anderen Ordner für die Prüfung.</translation>
    </message>
    <message>
        <source>The signed review is being sent already.</source>
        <translation>Die signierte Befundung wird bereits gesendet.</translation>
    </message>
    <message>
        <source>The study was not opened from a PACS, so there is no PACS to send its review to.</source>
        <translation>Die Studie wurde nicht aus einem PACS geöffnet, daher gibt es kein PACS, an das ihre Befundung gesendet werden könnte.</translation>
    </message>
    <message>
        <source>The signed review was not sent to the PACS &quot;%1&quot;: %2
Your decisions are kept; sign again to send it.</source>
        <translation>Die signierte Befundung wurde nicht an das PACS „%1“ gesendet: %2
Ihre Entscheidungen bleiben erhalten; signieren Sie erneut, um sie zu senden.</translation>
    </message>
    <message>
        <source>The signed review was sent to the PACS &quot;%1&quot; as a DICOM SR.</source>
        <translation>Die signierte Befundung wurde als DICOM-SR an das PACS „%1“ gesendet.</translation>
    </message>
</context>
<context>
    <name>custos::ui::FindingsPanel</name>
    <message>
        <source>No study is open.</source>
        <translation>Keine Studie geöffnet.</translation>
    </message>
    <message>
        <source>Not approved by this site: %1.</source>
        <translation>Von diesem Standort nicht freigegeben: %1.</translation>
    </message>
    <message>
        <source>Greyed, not approved by this site: %1.</source>
        <translation>Ausgegraut, von diesem Standort nicht freigegeben: %1.</translation>
    </message>
    <message>
        <source>Open the training now</source>
        <translation>Schulung jetzt öffnen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Accepted: %1
Rejected: %2
Corrected: %3

Once signed, the decisions cannot be changed. The review is saved as a DICOM SR next to the study.</source>
        <translation>Angenommen: %1
Abgelehnt: %2
Korrigiert: %3

Nach dem Signieren können die Entscheidungen nicht mehr geändert werden. Die Prüfung wird als DICOM-SR neben der Studie gespeichert.</translation>
    </message>
    <message>
        <source>Sign the review of %1 AI findings as %2?</source>
        <translation>Die Prüfung von %1 KI-Befunden als %2 signieren?</translation>
    </message>
    <message>
        <source>Findings still waiting for a decision: %1. Decide on each before signing.</source>
        <translation>Befunde ohne Entscheidung: %1. Entscheiden Sie über jeden, bevor Sie signieren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 mL</source>
        <translation>%1 mL</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Volume: %1 mL (%2 voxels)</source>
        <translation>Volumen: %1 mL (%2 Voxel)</translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation>Konfidenz: %1 %</translation>
    </message>
    <message>
        <source>Results of AI software: confirm before relying on them.</source>
        <translation>Ergebnisse einer KI-Software: Bestätigen Sie sie, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Gefüllt</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Heatmap ≥</source>
        <translation>Heatmap ≥</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Kommentieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The finding is right (A)</source>
        <translation>Der Befund ist zutreffend (A)</translation>
    </message>
    <message>
        <source>Finish and Sign Review</source>
        <translation>Prüfung abschließen und signieren</translation>
    </message>
    <message>
        <source>%1
File: %2
Annotates: %3%4</source>
        <translation>%1
Datei: %2
Annotiert: %3%4</translation>
    </message>
    <message>
        <source>images not in the open study</source>
        <translation>Bilder, die nicht in der geöffneten Studie enthalten sind</translation>
    </message>
    <message>
        <source>Looking for AI results…</source>
        <translation>KI-Ergebnisse werden gesucht…</translation>
    </message>
    <message>
        <source>No AI results in this study.</source>
        <translation>Keine KI-Ergebnisse in dieser Studie.</translation>
    </message>
    <message numerus="yes">
        <source>%n AI object(s)</source>
        <translation>
            <numerusform>%n KI-Objekt</numerusform>
            <numerusform>%n KI-Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Von %1, %2</translation>
    </message>
    <message>
        <source>You may look at the findings but not review them.</source>
        <translation>Sie können die Befunde ansehen, aber nicht prüfen.</translation>
    </message>
    <message>
        <source>Review signed by %1.</source>
        <translation>Prüfung signiert von %1.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Reviewed %1 of %2.</source>
        <translation>%1 von %2 geprüft.</translation>
    </message>
    <message>
        <source>Review signed</source>
        <translation>Prüfung signiert</translation>
    </message>
    <message>
        <source>The signed review was saved as a DICOM SR:
%1</source>
        <translation>Die signierte Prüfung wurde als DICOM SR gespeichert:
%1</translation>
    </message>
    <message>
        <source>  ⚠ images not in this study</source>
        <translation>  ⚠ Bilder nicht in dieser Studie</translation>
    </message>
    <message>
        <source>%1 (AI: %2)</source>
        <translation>%1 (KI: %2)</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Review signed by %1. Sending it to the PACS &quot;%2&quot;…</source>
        <translation>Befundung signiert von %1. Sie wird an das PACS „%2“ gesendet …</translation>
    </message>
    <message>
        <source>Sent to the PACS &quot;%1&quot;.</source>
        <translation>An das PACS „%1“ gesendet.</translation>
    </message>
    <message>
        <source>Accepted: %1
Rejected: %2
Corrected: %3

Once signed, the decisions cannot be changed. The review is sent as a DICOM SR to the PACS &quot;%4&quot; the study came from; nothing is saved on this computer.</source>
        <translation>Akzeptiert: %1
Abgelehnt: %2
Korrigiert: %3

Nach dem Signieren können die Entscheidungen nicht mehr geändert werden. Die Befundung wird als DICOM-SR an das PACS „%4“ gesendet, aus dem die Studie stammt; auf diesem Computer wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>custos::ui::HangingProtocols</name>
    <message>
        <source>The hanging protocols are not valid JSON (at character %1: %2).</source>
        <translation>Die Hängeprotokolle sind kein gültiges JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <source>The hanging protocols must be a list ([ … ]) of protocols.</source>
        <translation>Die Hängeprotokolle müssen eine Liste ([ … ]) von Protokollen sein.</translation>
    </message>
    <message>
        <source>There are %1 hanging protocols; at most %2 are read.</source>
        <translation>Es gibt %1 Hängeprotokolle; höchstens %2 werden gelesen.</translation>
    </message>
    <message>
        <source>Hanging protocol %1 is not an object ({ … }).</source>
        <translation>Hängeprotokoll %1 ist kein Objekt ({ … }).</translation>
    </message>
    <message>
        <source>Hanging protocol %1 has no name.</source>
        <translation>Hängeprotokoll %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Two hanging protocols are called %1.</source>
        <translation>Zwei Hängeprotokolle heißen %1.</translation>
    </message>
    <message>
        <source>Hanging protocol %1: &quot;bodyPart&quot; is not a valid pattern (%2).</source>
        <translation>Hängeprotokoll %1: „bodyPart“ ist kein gültiges Muster (%2).</translation>
    </message>
    <message>
        <source>Hanging protocol %1: &quot;minSeries&quot; must be between 1 and 64.</source>
        <translation>Hängeprotokoll %1: „minSeries“ muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <source>Hanging protocol %1: the layout &quot;%2&quot; is not one of %3.</source>
        <translation>Hängeprotokoll %1: Das Layout „%2“ ist keines von %3.</translation>
    </message>
    <message>
        <source>Hanging protocol %1 has more than %2 panes.</source>
        <translation>Hängeprotokoll %1 hat mehr als %2 Felder.</translation>
    </message>
    <message>
        <source>Hanging protocol %1, pane %2: &quot;series&quot; is not a valid pattern (%3).</source>
        <translation>Hängeprotokoll %1, Feld %2: „series“ ist kein gültiges Muster (%3).</translation>
    </message>
    <message>
        <source>Hanging protocol %1, pane %2: the window preset &quot;%3&quot; is not one of %4.</source>
        <translation>Hängeprotokoll %1, Feld %2: Die Fenstervorgabe „%3“ ist keine von %4.</translation>
    </message>
</context>
<context>
    <name>custos::ui::LockPage</name>
    <message>
        <source>Custos is locked</source>
        <translation>Custos ist gesperrt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>Ends this session: the open studies are closed.</source>
        <translation>Beendet diese Sitzung: Die geöffneten Studien werden geschlossen.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Signed in: %1. Only this person can unlock.</source>
        <translation>Angemeldet: %1. Nur diese Person kann entsperren.</translation>
    </message>
    <message>
        <source>Enter your password and the code from your authenticator app.</source>
        <translation>Geben Sie Ihr Passwort und den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>Takes effect the next time Custos starts</source>
        <translation>Gilt ab dem nächsten Start von Custos</translation>
    </message>
    <message>
        <source>Shows or hides every AI outline, fill and box at once, to see the image underneath.</source>
        <translation>Blendet alle KI-Umrisse, -Füllungen und -Rahmen auf einmal ein oder aus, um das Bild darunter zu sehen.</translation>
    </message>
    <message>
        <source>AI &amp;Overlays</source>
        <translation>KI-&amp;Überlagerungen</translation>
    </message>
    <message>
        <source>Measuring: distance, ellipse and freehand are drawn by dragging with the left button. The angle tool needs a drag too: drag along the first arm, release, then click where the second arm ends. O shows or hides all AI overlays at once.</source>
        <translation>Messen: Strecke, Ellipse und Freihand werden mit gedrückter linker Maustaste gezogen. Auch das Winkelwerkzeug braucht ein Ziehen: am ersten Schenkel entlang ziehen, loslassen, dann dort klicken, wo der zweite Schenkel endet. O blendet alle KI-Überlagerungen auf einmal ein oder aus.</translation>
    </message>
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
        <source>Open from &amp;PACS…</source>
        <translation>Aus &amp;PACS öffnen…</translation>
    </message>
    <message>
        <source>Open from PACS</source>
        <translation>Aus PACS öffnen</translation>
    </message>
    <message>
        <source>Nobody was asked whether the PACS may be used, so it is not.</source>
        <translation>Niemand wurde gefragt, ob das PACS benutzt werden darf, also wird es nicht benutzt.</translation>
    </message>
    <message>
        <source>Unknown 3D preset &quot;%1&quot;.</source>
        <translation>Unbekannte 3D-Voreinstellung „%1“.</translation>
    </message>
    <message>
        <source>&amp;3D View</source>
        <translation>&amp;3D-Ansicht</translation>
    </message>
    <message>
        <source>A volume rendering of the active series beside the layout, with the AI&apos;s segments as surfaces. Drag to rotate; shift-click moves the 2D views to that point.</source>
        <translation>Eine Volumendarstellung der aktiven Serie neben dem Layout, mit den Segmenten der KI als Oberflächen. Ziehen dreht; Umschalt-Klick bewegt die 2D-Ansichten zu diesem Punkt.</translation>
    </message>
    <message>
        <source>3D &amp;Presets</source>
        <translation>3D-&amp;Voreinstellungen</translation>
    </message>
    <message>
        <source>Reset MPR &amp;Planes</source>
        <translation>MPR-&amp;Ebenen zurücksetzen</translation>
    </message>
    <message>
        <source>Turns oblique planes back to the acquisition planes through the crosshair; window, zoom and slice stay.</source>
        <translation>Dreht schräge Ebenen durch das Fadenkreuz zurück in die Aufnahmeebenen; Fenster, Zoom und Schicht bleiben.</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;MPR: drag a line&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rotate the other two planes (oblique; in two views: double oblique)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;MPR: drag a square&lt;/b&gt;&lt;/td&gt;&lt;td&gt;thick slab of that line&apos;s plane (a MIP unless another mode was chosen in View → Thick Slab)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the MPR planes to the acquisition planes (window, zoom and slice stay)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;MPR: Linie ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die beiden anderen Ebenen drehen (schräg; in zwei Ansichten: doppelt schräg)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;MPR: Quadrat ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Dickschicht der Ebene dieser Linie (MIP, sofern unter Ansicht → Dickschicht kein anderer Modus gewählt ist)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Umschalt+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;MPR-Ebenen auf die Aufnahmeebenen zurücksetzen (Fenster, Zoom und Schicht bleiben)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Hanging Protocols</source>
        <translation>&amp;Hängeprotokolle</translation>
    </message>
    <message>
        <source>&amp;Use Hanging Protocols</source>
        <translation>Hängeprotokolle &amp;verwenden</translation>
    </message>
    <message>
        <source>When a study opens, a matching protocol picks the layout, which series goes into which pane, and its window.</source>
        <translation>Beim Öffnen einer Studie wählt ein passendes Protokoll das Layout, welche Serie in welches Feld kommt, und ihr Fenster.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;flag or unflag this image as a key image&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the measurements and key images with the study (or send them to the PACS it came from)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;3D view beside the layout&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a study from a PACS of the site policy&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dieses Bild als Schlüsselbild markieren oder die Markierung aufheben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Messungen und Schlüsselbilder mit der Studie speichern (oder an das PACS senden, aus dem sie stammt)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;3D-Ansicht neben dem Layout&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;eine Studie aus einem PACS der Standortrichtlinie öffnen&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>the site&apos;s defaults (%1)</source>
        <translation>die Vorgaben des Standorts (%1)</translation>
    </message>
    <message>
        <source>The site&apos;s hanging protocols (%1) were not used: %2</source>
        <translation>Die Hängeprotokolle des Standorts (%1) wurden nicht verwendet: %2</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>Ihre eigenen</translation>
    </message>
    <message>
        <source>Your hanging protocols were not used: %1</source>
        <translation>Ihre Hängeprotokolle wurden nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Hanging Protocols</source>
        <translation>Hängeprotokolle</translation>
    </message>
    <message>
        <source>When a study opens, the first protocol it matches places its series (in use now: %1). &quot;bodyPart&quot; and &quot;series&quot; are patterns over Body Part Examined or Study Description, and Series Description; &quot;preset&quot; is a window (lung, mediastinum, abdomen, brain, bone…).</source>
        <translation>Beim Öffnen einer Studie ordnet das erste passende Protokoll ihre Serien an (jetzt in Gebrauch: %1). „bodyPart“ und „series“ sind Muster über Body Part Examined oder Study Description bzw. Series Description; „preset“ ist ein Fenster (lung, mediastinum, abdomen, brain, bone …).</translation>
    </message>
    <message>
        <source>Hanging protocol: %1.</source>
        <translation>Hängeprotokoll: %1.</translation>
    </message>
    <message>
        <source>Ready. Hanging protocol: %1.</source>
        <translation>Bereit. Hängeprotokoll: %1.</translation>
    </message>
</context>
<context>
    <name>custos::ui::OsLockMonitor</name>
    <message>
        <source>the computer is going to sleep</source>
        <translation>der Computer wechselt in den Ruhezustand</translation>
    </message>
    <message>
        <source>the computer was locked</source>
        <translation>der Computer wurde gesperrt</translation>
    </message>
    <message>
        <source>the screen was locked</source>
        <translation>der Bildschirm wurde gesperrt</translation>
    </message>
</context>
<context>
    <name>custos::ui::PacsLoginDialog</name>
    <message>
        <source>Sign in to the PACS &quot;%1&quot;</source>
        <translation>Beim PACS „%1“ anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>The keychain is not available; the password is kept only until Custos closes.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar; das Passwort wird nur aufbewahrt, bis Custos geschlossen wird.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReadingMarksController</name>
    <message>
        <source>KEY IMAGE</source>
        <translation>SCHLÜSSELBILD</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Befundung</translation>
    </message>
    <message>
        <source>Key Image</source>
        <translation>Schlüsselbild</translation>
    </message>
    <message>
        <source>Flag the image shown as a key image (K). Flagged images are saved as a Key Object Selection with the marks, and File → Export… can export them alone.</source>
        <translation>Das angezeigte Bild als Schlüsselbild markieren (K). Markierte Bilder werden als Key Object Selection mit den Markierungen gespeichert, und Datei → Exportieren… kann sie allein exportieren.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>The title of the key image document (DICOM CID 7010).</source>
        <translation>Der Titel des Schlüsselbild-Dokuments (DICOM CID 7010).</translation>
    </message>
    <message>
        <source>Save Marks</source>
        <translation>Markierungen speichern</translation>
    </message>
    <message>
        <source>Save the measurements and key images of this study with the study (as DICOM presentation states and a key object selection). The site policy decides whether you may; it is recorded.</source>
        <translation>Die Messungen und Schlüsselbilder dieser Studie mit der Studie speichern (als DICOM Presentation States und eine Key Object Selection). Die Standortrichtlinie entscheidet, ob Sie dürfen; es wird protokolliert.</translation>
    </message>
    <message>
        <source>Save &amp;Marks with the Study</source>
        <translation>&amp;Markierungen mit der Studie speichern</translation>
    </message>
    <message>
        <source>&amp;Key Image	K</source>
        <translation>&amp;Schlüsselbild	K</translation>
    </message>
    <message>
        <source>A reformatted plane is not an acquired image: flag key images in the acquisition plane.</source>
        <translation>Eine rekonstruierte Ebene ist kein aufgenommenes Bild: Markieren Sie Schlüsselbilder in der Aufnahmeebene.</translation>
    </message>
    <message>
        <source>Open a study first, then flag the image shown as a key image.</source>
        <translation>Öffnen Sie zuerst eine Studie und markieren Sie dann das angezeigte Bild als Schlüsselbild.</translation>
    </message>
    <message numerus="yes">
        <source>Key image flagged (%n in this study). Save Marks keeps them with the study.</source>
        <translation>
            <numerusform>Schlüsselbild markiert (%n in dieser Studie). „Markierungen speichern“ bewahrt es mit der Studie auf.</numerusform>
            <numerusform>Schlüsselbild markiert (%n in dieser Studie). „Markierungen speichern“ bewahrt sie mit der Studie auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key image flag removed (%n left in this study).</source>
        <translation>
            <numerusform>Schlüsselbild-Markierung entfernt (%n verbleibt in dieser Studie).</numerusform>
            <numerusform>Schlüsselbild-Markierung entfernt (%n verbleiben in dieser Studie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some saved marks could not be read and were left as they are; the study is shown without them. %1</source>
        <translation>Einige gespeicherte Markierungen konnten nicht gelesen werden und wurden unverändert gelassen; die Studie wird ohne sie angezeigt. %1</translation>
    </message>
    <message numerus="yes">
        <source>Your saved marks are back: %n measurement(s)</source>
        <translation>
            <numerusform>Ihre gespeicherten Markierungen sind zurück: %n Messung</numerusform>
            <numerusform>Ihre gespeicherten Markierungen sind zurück: %n Messungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n key image(s).</source>
        <translation>
            <numerusform> und %n Schlüsselbild.</numerusform>
            <numerusform> und %n Schlüsselbilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it belongs to another study.</source>
        <translation>sie gehört zu einer anderen Studie.</translation>
    </message>
    <message>
        <source>Open a study first, then save its marks.</source>
        <translation>Öffnen Sie zuerst eine Studie und speichern Sie dann ihre Markierungen.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Measurements on reformatted planes are not saved (a presentation state marks acquired images); there is nothing else to save.</source>
        <translation>Messungen auf rekonstruierten Ebenen werden nicht gespeichert (ein Presentation State markiert aufgenommene Bilder); sonst gibt es nichts zu speichern.</translation>
    </message>
    <message>
        <source>There are no measurements or key images to save.</source>
        <translation>Es gibt keine Messungen oder Schlüsselbilder zu speichern.</translation>
    </message>
    <message>
        <source>Nothing was saved: the training must be completed first.</source>
        <translation>Es wurde nichts gespeichert: Zuerst muss die Schulung absolviert werden.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>The marks were not all saved: %1</source>
        <translation>Die Markierungen wurden nicht alle gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved with the study: %n measurement(s)</source>
        <translation>
            <numerusform>Mit der Studie gespeichert: %n Messung</numerusform>
            <numerusform>Mit der Studie gespeichert: %n Messungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n key image(s) (%1).</source>
        <translation>
            <numerusform> und %n Schlüsselbild (%1).</numerusform>
            <numerusform> und %n Schlüsselbilder (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) on reformatted planes were not saved: a presentation state marks acquired images.</source>
        <translation>
            <numerusform>%n Messung auf einer rekonstruierten Ebene wurde nicht gespeichert: Ein Presentation State markiert aufgenommene Bilder.</numerusform>
            <numerusform>%n Messungen auf rekonstruierten Ebenen wurden nicht gespeichert: Ein Presentation State markiert aufgenommene Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>This study has no folder of its own here (its files share no folder), so its marks cannot be saved with it. Nothing was saved.</source>
        <translation>Diese Studie hat hier keinen eigenen Ordner (ihre Dateien liegen in keinem gemeinsamen Ordner), daher können ihre Markierungen nicht mit ihr gespeichert werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Sending the marks to the PACS &quot;%1&quot;…</source>
        <translation>Die Markierungen werden an das PACS „%1“ gesendet …</translation>
    </message>
    <message>
        <source>The marks were not sent to the PACS &quot;%1&quot;: %2 They are still here; save again to send them.</source>
        <translation>Die Markierungen wurden nicht an das PACS „%1“ gesendet: %2 Sie sind noch hier; speichern Sie erneut, um sie zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the PACS &quot;%1&quot; with the study: %n measurement(s)</source>
        <translation>
            <numerusform>Mit der Studie an das PACS „%1“ gesendet: %n Messung</numerusform>
            <numerusform>Mit der Studie an das PACS „%1“ gesendet: %n Messungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::RejectDialog</name>
    <message>
        <source>Say in a few words why the finding is wrong: &quot;Other&quot; needs details.</source>
        <translation>Sagen Sie in wenigen Worten, warum der Befund falsch ist: „Sonstiges“ braucht Details.</translation>
    </message>
    <message>
        <source>Reject AI Finding</source>
        <translation>KI-Befund ablehnen</translation>
    </message>
    <message>
        <source>Optional; required for &quot;Other&quot;</source>
        <translation>Optional; erforderlich bei „Sonstiges“</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>custos::ui::SignInPage</name>
    <message>
        <source>personal mode: not for patient data in production</source>
        <translation>Persönlicher Modus: nicht für Patientendaten im Produktivbetrieb</translation>
    </message>
    <message>
        <source>No site policy is installed on this computer: sign-in, roles and the audit trail are kept for this user only. IT installs a site policy and the Custos service for clinical use.</source>
        <translation>Auf diesem Computer ist keine Standortrichtlinie installiert: Anmeldung, Rollen und Audit-Protokoll gelten nur für diesen Benutzer. Für den klinischen Einsatz installiert die IT eine Standortrichtlinie und den Custos-Dienst.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the next code…</source>
        <translation>Warte %1 s auf den nächsten Code…</translation>
    </message>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Sign in to read studies. Every access is recorded.</source>
        <translation>Melden Sie sich an, um Studien zu befunden. Jeder Zugriff wird protokolliert.</translation>
    </message>
    <message>
        <source>Opens your browser for your organisation&apos;s sign-in page.</source>
        <translation>Öffnet die Anmeldeseite Ihrer Organisation im Browser.</translation>
    </message>
    <message>
        <source>or with a local account:</source>
        <translation>oder mit einem lokalen Konto:</translation>
    </message>
    <message>
        <source>6-8 digits from your authenticator app, or a recovery code</source>
        <translation>6–8 Ziffern aus Ihrer Authenticator-App oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>DEMO: fictitious patients and users with public passwords. Not for clinical use.</source>
        <translation>DEMO: fiktive Patienten und Benutzer mit öffentlichen Passwörtern. Nicht für den klinischen Einsatz.</translation>
    </message>
    <message>
        <source>Pick a role and press &quot;Use&quot;: the built-in demo authenticator fills in the current code.</source>
        <translation>Wählen Sie eine Rolle und klicken Sie auf „Verwenden“: Der integrierte Demo-Authenticator trägt den aktuellen Code ein.</translation>
    </message>
    <message>
        <source>User name (role)</source>
        <translation>Benutzername (Rolle)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Code now</source>
        <translation>Aktueller Code</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>%1  (%2 s)</source>
        <translation>%1  (%2 s)</translation>
    </message>
    <message>
        <source>Enter your user name, your password and the code from your authenticator app.</source>
        <translation>Geben Sie Ihren Benutzernamen, Ihr Passwort und den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Anmeldung läuft...</translation>
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
    <message>
        <source>Oblique</source>
        <translation>Schräg</translation>
    </message>
    <message>
        <source>AI regions hidden on oblique planes</source>
        <translation>KI-Regionen auf schrägen Ebenen ausgeblendet</translation>
    </message>
    <message>
        <source>Measurements hidden on oblique planes</source>
        <translation>Messungen auf schrägen Ebenen ausgeblendet</translation>
    </message>
</context>
<context>
    <name>custos::ui::StepUpPage</name>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Zweiter Faktor</translation>
    </message>
    <message>
        <source>%1, your organisation&apos;s sign-in did not include a second factor, which this site requires. Enter the code from your authenticator app.</source>
        <translation>%1, die Anmeldung Ihrer Organisation enthielt keinen zweiten Faktor, dieser Standort verlangt jedoch einen. Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Set up your second factor</source>
        <translation>Zweiten Faktor einrichten</translation>
    </message>
    <message>
        <source>%1, this site requires a second factor and your organisation&apos;s sign-in did not include one. Scan this code with an authenticator app (for example Microsoft or Google Authenticator, FreeOTP), then enter the code it shows.</source>
        <translation>%1, dieser Standort verlangt einen zweiten Faktor, und die Anmeldung Ihrer Organisation enthielt keinen. Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel Microsoft oder Google Authenticator, FreeOTP) und geben Sie dann den angezeigten Code ein.</translation>
    </message>
    <message>
        <source>Cannot scan? Type this key: %1</source>
        <translation>Scannen nicht möglich? Geben Sie diesen Schlüssel ein: %1</translation>
    </message>
    <message>
        <source>Recovery codes, each usable once if the phone is lost. Write them down now; they are not shown again:
%1</source>
        <translation>Wiederherstellungscodes, jeweils einmal verwendbar, falls das Telefon verloren geht. Notieren Sie sie jetzt; sie werden nicht erneut angezeigt:
%1</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>custos::ui::StudyBrowser</name>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <source>DOE^J*  (* and ? are wildcards)</source>
        <translation>MUSTER^M*  (* und ? sind Platzhalter)</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <source>YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation>JJJJMMTT oder JJJJMMTT-JJJJMMTT</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>CT, MR, ...</source>
        <translation>CT, MR, ...</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Studies found: %1.</source>
        <translation>Gefundene Studien: %1.</translation>
    </message>
    <message>
        <source>The site policy names no PACS, so there is nothing to search.</source>
        <translation>Die Standortrichtlinie nennt kein PACS, daher gibt es nichts zu durchsuchen.</translation>
    </message>
    <message>
        <source>Searching %1...</source>
        <translation>Suche in %1...</translation>
    </message>
    <message>
        <source>The encrypted cache is not available, and a retrieved study is kept nowhere else.</source>
        <translation>Der verschlüsselte Cache ist nicht verfügbar, und eine abgerufene Studie wird nirgendwo sonst abgelegt.</translation>
    </message>
    <message>
        <source>Retrieving from %1...</source>
        <translation>Abruf von %1...</translation>
    </message>
    <message>
        <source>%v of %m instances</source>
        <translation>%v von %m Instanzen</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 Nothing of the study is shown; retrieve it again when the PACS answers.</source>
        <translation>%1 Von der Studie wird nichts angezeigt; rufen Sie sie erneut ab, sobald das PACS antwortet.</translation>
    </message>
    <message>
        <source>Opened from the encrypted cache (instances: %1); the PACS was not asked again.</source>
        <translation>Aus dem verschlüsselten Cache geöffnet (Instanzen: %1); das PACS wurde nicht erneut gefragt.</translation>
    </message>
    <message>
        <source>The study is open, and kept in the encrypted cache (instances: %1).</source>
        <translation>Die Studie ist geöffnet und im verschlüsselten Cache abgelegt (Instanzen: %1).</translation>
    </message>
    <message>
        <source>The PACS &quot;%1&quot; has not answered for %2 seconds; still waiting (Cancel stops).</source>
        <translation>Das PACS „%1“ hat seit %2 Sekunden nicht geantwortet; es wird weiter gewartet (Abbrechen beendet).</translation>
    </message>
    <message>
        <source>0 of %1</source>
        <translation>0 von %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Opening from the encrypted cache...</source>
        <translation>Wird aus dem verschlüsselten Cache geöffnet...</translation>
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
    <name>custos::ui::TrainingDialog</name>
    <message>
        <source>Training: %1</source>
        <translation>Schulung: %1</translation>
    </message>
    <message>
        <source>Before you continue, read this short module and answer its questions. It takes about three minutes and is asked again after a year or when it changes.</source>
        <translation>Bevor Sie fortfahren, lesen Sie dieses kurze Modul und beantworten Sie die Fragen. Es dauert etwa drei Minuten und wird nach einem Jahr oder bei Änderungen erneut abgefragt.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>I have read this — check my answers</source>
        <translation>Ich habe dies gelesen — Antworten prüfen</translation>
    </message>
    <message>
        <source>Answer question %1 as well.</source>
        <translation>Beantworten Sie auch Frage %1.</translation>
    </message>
    <message>
        <source>Training cannot be recorded on this computer (no protected storage), so it cannot be completed.</source>
        <translation>Schulungen können auf diesem Computer nicht erfasst werden (kein geschützter Speicher), daher kann die Schulung nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
</context>
<context>
    <name>custos::ui::VolumeView</name>
    <message>
        <source>Soft tissue</source>
        <translation>Weichteil</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <source>Angio</source>
        <translation>Angio</translation>
    </message>
    <message>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <source>3D: open a series.</source>
        <translation>3D: Öffnen Sie eine Serie.</translation>
    </message>
    <message>
        <source>3D shows greyscale series; this one is in colour.</source>
        <translation>3D zeigt Graustufenserien; diese Serie ist farbig.</translation>
    </message>
    <message>
        <source>3D needs a series of at least two slices.</source>
        <translation>3D braucht eine Serie mit mindestens zwei Schichten.</translation>
    </message>
    <message>
        <source>3D appears when every slice is read (%1 of %2).</source>
        <translation>3D erscheint, sobald alle Schichten gelesen sind (%1 von %2).</translation>
    </message>
    <message>
        <source>These images carry no patient geometry: 3D shows them as a plain stack.</source>
        <translation>Diese Bilder haben keine Patientengeometrie: 3D zeigt sie als einfachen Stapel.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>AI segments: %n surface(s)</source>
        <translation>
            <numerusform>KI-Segmente: %n Oberfläche</numerusform>
            <numerusform>KI-Segmente: %n Oberflächen</numerusform>
        </translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>unten</translation>
    </message>
    <message>
        <source>Head: %1 · Patient left: %2</source>
        <translation>Kopf: %1 · Patient links: %2</translation>
    </message>
    <message>
        <source>There is not enough memory to show this series in 3D.</source>
        <translation>Es ist nicht genug Speicher frei, um diese Serie in 3D zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n slice(s) of this series could not be read, so it is not shown in 3D: the gaps would look like anatomy.</source>
        <translation>
            <numerusform>%n Schicht dieser Serie konnte nicht gelesen werden, daher wird sie nicht in 3D gezeigt: Die Lücke sähe wie Anatomie aus.</numerusform>
            <numerusform>%n Schichten dieser Serie konnten nicht gelesen werden, daher wird sie nicht in 3D gezeigt: Die Lücken sähen wie Anatomie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the 3D view…</source>
        <translation>3D-Ansicht wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>%n in grey: AI model not approved by this site</source>
        <translation>
            <numerusform>%n grau: KI-Modell von diesem Standort nicht freigegeben</numerusform>
            <numerusform>%n grau: KI-Modell von diesem Standort nicht freigegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>; personal mode: not for patient data in production</source>
        <translation>; persönlicher Modus: nicht für Patientendaten im Produktivbetrieb</translation>
    </message>
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
    <message>
        <source>Custos cannot start</source>
        <translation>Custos kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>The site policy could not be used, so Custos does not start:

%1

Ask your IT department to correct or reinstall the policy file.</source>
        <translation>Die Standortrichtlinie konnte nicht verwendet werden, daher wird Custos nicht gestartet:

%1

Bitten Sie Ihre IT-Abteilung, die Richtliniendatei zu korrigieren oder neu zu installieren.</translation>
    </message>
    <message>
        <source>the example site policy (demo; no site policy is installed)</source>
        <translation>die Beispiel-Standortrichtlinie (Demo; keine Standortrichtlinie installiert)</translation>
    </message>
    <message>
        <source>Show the 3D view (volume rendering and AI segment surfaces) beside the layout.</source>
        <translation>Die 3D-Ansicht (Volumendarstellung und Oberflächen der KI-Segmente) neben dem Layout zeigen.</translation>
    </message>
    <message>
        <source>Initial 3D preset (soft, bone, lung, angio, mip).</source>
        <translation>Anfängliche 3D-Voreinstellung (soft, bone, lung, angio, mip).</translation>
    </message>
    <message>
        <source>Demo: the demo users (one per role, public passwords) and their codes on the sign-in screen.</source>
        <translation>Demo: die Demo-Benutzer (einer pro Rolle, öffentliche Passwörter) und ihre Codes auf dem Anmeldebildschirm.</translation>
    </message>
    <message>
        <source>Sign in with this local account at start (password from --password-stdin, code from --otp).</source>
        <translation>Beim Start mit diesem lokalen Konto anmelden (Passwort aus --password-stdin, Code aus --otp).</translation>
    </message>
    <message>
        <source>Read the local account&apos;s password from standard input.</source>
        <translation>Das Passwort des lokalen Kontos von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The one-time code for --local.</source>
        <translation>Der Einmalcode für --local.</translation>
    </message>
    <message>
        <source>Start single sign-on at once.</source>
        <translation>Single Sign-on sofort starten.</translation>
    </message>
    <message>
        <source>OpenID provider (issuer URL) for single sign-on.</source>
        <translation>OpenID-Anbieter (Issuer-URL) für Single Sign-on.</translation>
    </message>
    <message>
        <source>Client ID registered for Custos at the provider.</source>
        <translation>Client-ID, die beim Anbieter für Custos registriert ist.</translation>
    </message>
    <message>
        <source>Open the sign-in page with CMD ({url} is replaced) instead of the system browser.</source>
        <translation>Die Anmeldeseite mit CMD ({url} wird ersetzt) statt mit dem Systembrowser öffnen.</translation>
    </message>
    <message>
        <source>Map an identity-provider group to a Custos role (repeatable).</source>
        <translation>Eine Gruppe des Identitätsanbieters einer Custos-Rolle zuordnen (wiederholbar).</translation>
    </message>
    <message>
        <source>Lock after this many idle seconds (only shorter than the site&apos;s limit).</source>
        <translation>Nach so vielen Sekunden Untätigkeit sperren (nur kürzer als die Grenze des Standorts).</translation>
    </message>
    <message>
        <source>Local accounts need the system keychain, which is not available: %1</source>
        <translation>Lokale Konten brauchen den Systemschlüsselbund, der nicht verfügbar ist: %1</translation>
    </message>
    <message>
        <source>The demo needs local accounts. %1</source>
        <translation>Die Demo braucht lokale Konten. %1</translation>
    </message>
    <message>
        <source>The role mapping &quot;%1&quot; needs GROUP=ROLE with one of the roles: %2.</source>
        <translation>Die Rollenzuordnung „%1“ braucht GROUP=ROLE mit einer der Rollen: %2.</translation>
    </message>
    <message>
        <source>Single sign-on is not configured correctly: %1</source>
        <translation>Single Sign-on ist nicht richtig konfiguriert: %1</translation>
    </message>
</context>
</TS>
