<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>moyenne %1 ET %2 %3
min %4 max %5
surface %6 mm²</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Brain</source>
        <translation>Cerveau</translation>
    </message>
    <message>
        <source>Subdural</source>
        <translation>Sous-dural</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>AVC</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Médiastin</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The file ends early: it is truncated or damaged.</source>
        <translation>Le fichier se termine prématurément&#xa0;: il est tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>The file is damaged: its DICOM structure cannot be parsed.</source>
        <translation>Le fichier est endommagé&#xa0;: sa structure DICOM ne peut pas être analysée.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The file could not be read as DICOM (%1).</source>
        <translation>Le fichier n&apos;a pas pu être lu en tant que fichier DICOM (%1).</translation>
    </message>
    <message>
        <source>The file&apos;s transfer syntax could not be determined.</source>
        <translation>La syntaxe de transfert du fichier n&apos;a pas pu être déterminée.</translation>
    </message>
    <message>
        <source>The file is DICOM but names no study, series or instance, so it cannot be placed in a study.</source>
        <translation>Le fichier est au format DICOM mais n&apos;indique aucune étude, série ou instance&#xa0;; il ne peut donc pas être rattaché à une étude.</translation>
    </message>
    <message>
        <source>The image has no size (Rows or Columns is missing).</source>
        <translation>L&apos;image n&apos;a pas de dimensions (l&apos;attribut Rows ou Columns est absent).</translation>
    </message>
    <message>
        <source>Images with %1 bits per sample are not supported.</source>
        <translation>Les images à %1 bits par échantillon ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>Images with %1 samples per pixel are not supported.</source>
        <translation>Les images à %1 échantillons par pixel ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The pixel data is shorter than the image size requires (%1 of %2 bytes).</source>
        <translation>Les données de pixels sont plus courtes que ne l&apos;exige la taille de l&apos;image (%1 octets sur %2).</translation>
    </message>
    <message>
        <source>The file is truncated: its pixel data stops %1 bytes short.</source>
        <translation>Le fichier est tronqué&#xa0;: il manque %1 octets à ses données de pixels.</translation>
    </message>
    <message>
        <source>The DICOMDIR could not be read. %1</source>
        <translation>Le DICOMDIR n&apos;a pas pu être lu. %1</translation>
    </message>
    <message>
        <source>fragment %1 is missing</source>
        <translation>le fragment %1 est absent</translation>
    </message>
    <message>
        <source>fragment %1 could not be read</source>
        <translation>le fragment %1 n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the compressed pixel data holds no fragments</source>
        <translation>les données de pixels compressées ne contiennent aucun fragment</translation>
    </message>
    <message>
        <source>the fragments could not be matched to %1 frames</source>
        <translation>les fragments n&apos;ont pas pu être associés à %1 trames</translation>
    </message>
    <message>
        <source>the compressed pixel data has no fragment for this frame</source>
        <translation>les données de pixels compressées ne contiennent aucun fragment pour cette trame</translation>
    </message>
    <message>
        <source>the JPEG 2000 codestream is empty</source>
        <translation>le flux de code JPEG 2000 est vide</translation>
    </message>
    <message>
        <source>the JPEG 2000 decoder could not be set up</source>
        <translation>le décodeur JPEG 2000 n&apos;a pas pu être initialisé</translation>
    </message>
    <message>
        <source>the JPEG 2000 header is damaged</source>
        <translation>l&apos;en-tête JPEG 2000 est endommagé</translation>
    </message>
    <message>
        <source>the JPEG 2000 codestream is damaged or truncated</source>
        <translation>le flux de code JPEG 2000 est endommagé ou tronqué</translation>
    </message>
    <message>
        <source>the JPEG 2000 image has %1 components, the header says %2</source>
        <translation>l&apos;image JPEG 2000 comporte %1 composantes, l&apos;en-tête DICOM en indique %2</translation>
    </message>
    <message>
        <source>the JPEG 2000 image is %1×%2, the header says %3×%4</source>
        <translation>l&apos;image JPEG 2000 mesure %1×%2, l&apos;en-tête DICOM indique %3×%4</translation>
    </message>
    <message>
        <source>floating point JPEG 2000 is not supported</source>
        <translation>le JPEG 2000 en virgule flottante n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>the palette colour lookup table is missing or incomplete</source>
        <translation>la table de couleurs de palette (LUT) est absente ou incomplète</translation>
    </message>
    <message>
        <source>segmented palette colour lookup tables are not supported</source>
        <translation>les tables de couleurs de palette (LUT) segmentées ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>the palette colour lookup table is shorter than its descriptor says</source>
        <translation>la table de couleurs de palette (LUT) est plus courte que ne l&apos;indique son descripteur</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>La trame %1 n&apos;a pas pu être décodée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Le fichier n&apos;a pas pu être relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be opened again: %1</source>
        <translation>Le fichier n&apos;a pas pu être rouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file ends before the frame&apos;s pixel data does</source>
        <translation>le fichier se termine avant la fin des données de pixels de la trame</translation>
    </message>
    <message>
        <source>the pixel data is missing</source>
        <translation>les données de pixels sont absentes</translation>
    </message>
    <message>
        <source>the pixel data is shorter than the frame</source>
        <translation>les données de pixels sont plus courtes que la trame</translation>
    </message>
    <message>
        <source>the pixel data could not be read (%1)</source>
        <translation>les données de pixels n&apos;ont pas pu être lues (%1)</translation>
    </message>
    <message>
        <source>the compressed pixel data is malformed</source>
        <translation>les données de pixels compressées sont mal formées</translation>
    </message>
    <message>
        <source>the image has only %1 frame(s)</source>
        <translation>l&apos;image ne comporte que %1 trame(s)</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>The DICOMDIR names this file, but it does not exist.</source>
        <translation>Le DICOMDIR référence ce fichier, mais celui-ci n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The slices are sheared (gantry tilt of %1°): measurements across slices are approximate.</source>
        <translation>Les coupes sont cisaillées (inclinaison du statif de %1°)&#xa0;: les mesures portant sur plusieurs coupes sont approximatives.</translation>
    </message>
    <message numerus="yes">
        <source>%n slice(s) seem to be missing between slices %1 and %2 (a gap of %3 mm where %4 mm is expected).</source>
        <translation>
            <numerusform>%n coupe semble manquer entre les coupes %1 et %2 (écart de %3 mm au lieu des %4 mm attendus).</numerusform>
            <numerusform>%n coupes semblent manquer entre les coupes %1 et %2 (écart de %3 mm au lieu des %4 mm attendus).</numerusform>
        </translation>
    </message>
    <message>
        <source>The slice spacing is uneven: from %1 mm to %2 mm.</source>
        <translation>L&apos;espacement des coupes est irrégulier&#xa0;: de %1 mm à %2 mm.</translation>
    </message>
    <message>
        <source>The series holds no images.</source>
        <translation>La série ne contient aucune image.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>No image of the series could be decoded.</source>
        <translation>Aucune image de la série n&apos;a pu être décodée.</translation>
    </message>
    <message>
        <source>The cache index could not be read: %1</source>
        <translation>L&apos;index du cache n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cache index failed its integrity check.</source>
        <translation>L&apos;index du cache a échoué au contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <source>The cache folder %1 could not be created.</source>
        <translation>Le dossier du cache %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The cache could not write %1: %2</source>
        <translation>Le cache n&apos;a pas pu écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache object could not be written: %1</source>
        <translation>L&apos;objet du cache n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation>absent du cache</translation>
    </message>
    <message>
        <source>the cached file is missing</source>
        <translation>le fichier en cache est absent</translation>
    </message>
    <message>
        <source>the cached file is not a Custos cache object</source>
        <translation>le fichier en cache n&apos;est pas un objet de cache Custos</translation>
    </message>
    <message>
        <source>the cached file is version %1, the index expects %2 (an old copy was put back)</source>
        <translation>le fichier en cache est en version %1, l&apos;index attend la version %2 (une ancienne copie a été remise en place)</translation>
    </message>
    <message>
        <source>the cached file is truncated</source>
        <translation>le fichier en cache est tronqué</translation>
    </message>
    <message>
        <source>its description failed the integrity check</source>
        <translation>la description de l&apos;objet a échoué au contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>the cached file&apos;s header is inconsistent</source>
        <translation>l&apos;en-tête du fichier en cache est incohérent</translation>
    </message>
    <message>
        <source>the cached file is truncated or has extra bytes</source>
        <translation>le fichier en cache est tronqué ou contient des octets en trop</translation>
    </message>
    <message>
        <source>its description does not match its contents</source>
        <translation>la description de l&apos;objet ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>a chunk has the wrong size</source>
        <translation>un bloc n&apos;a pas la bonne taille</translation>
    </message>
    <message>
        <source>chunk %1 failed the integrity check</source>
        <translation>le bloc %1 a échoué au contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>The cached copy was damaged or tampered with (%1); it was discarded.</source>
        <translation>La copie en cache était endommagée ou avait été manipulée (%1)&#xa0;; elle a été supprimée.</translation>
    </message>
    <message>
        <source>The audit record&apos;s event has no event ID code.</source>
        <translation>L&apos;événement de l&apos;enregistrement d&apos;audit n&apos;a aucun code d&apos;identification d&apos;événement (EventID).</translation>
    </message>
    <message>
        <source>The audit record&apos;s event action &quot;%1&quot; is not one letter.</source>
        <translation>L&apos;action d&apos;événement «&#xa0;%1&#xa0;» de l&apos;enregistrement d&apos;audit n&apos;est pas une lettre unique.</translation>
    </message>
    <message>
        <source>The audit record&apos;s event outcome %1 is not 0, 4, 8 or 12.</source>
        <translation>Le résultat d&apos;événement %1 de l&apos;enregistrement d&apos;audit n&apos;est ni 0, ni 4, ni 8, ni 12.</translation>
    </message>
    <message>
        <source>The audit record has no valid sequence number.</source>
        <translation>L&apos;enregistrement d&apos;audit n&apos;a pas de numéro de séquence valide.</translation>
    </message>
    <message>
        <source>Audit record %1 has no valid time (&quot;%2&quot;).</source>
        <translation>L&apos;enregistrement d&apos;audit %1 n&apos;a pas d&apos;horodatage valide («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Audit record %1: %2</source>
        <translation>Enregistrement d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit record %1 has no valid previous-record hash.</source>
        <translation>L&apos;enregistrement d&apos;audit %1 n&apos;a pas de hachage valide de l&apos;enregistrement précédent.</translation>
    </message>
    <message>
        <source>Audit record %1 has an invalid hash.</source>
        <translation>L&apos;enregistrement d&apos;audit %1 a un hachage non valide.</translation>
    </message>
    <message>
        <source>Audit record %1 could not be encrypted: %2</source>
        <translation>L&apos;enregistrement d&apos;audit %1 n&apos;a pas pu être chiffré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit record %1 is too large (%2 bytes; at most %3).</source>
        <translation>L&apos;enregistrement d&apos;audit %1 est trop volumineux (%2 octets&#xa0;; au maximum %3).</translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2.</source>
        <translation>L&apos;enregistrement %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Record 1 was modified: it does not start the chain.</source>
        <translation>L&apos;enregistrement 1 a été modifié&#xa0;: il n&apos;ouvre pas la chaîne.</translation>
    </message>
    <message>
        <source>Record %1 was modified: record %2&apos;s previous-record hash does not match it.</source>
        <translation>L&apos;enregistrement %1 a été modifié&#xa0;: le hachage de l&apos;enregistrement précédent contenu dans l&apos;enregistrement %2 ne lui correspond pas.</translation>
    </message>
    <message>
        <source>Record %1 was modified: %2.</source>
        <translation>L&apos;enregistrement %1 a été modifié&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Record %1 is out of order: it was found after record %2.</source>
        <translation>L&apos;enregistrement %1 n&apos;est pas à sa place&#xa0;: il a été trouvé après l&apos;enregistrement %2.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), so the end of the log cannot be checked against its checkpoint.</source>
        <translation>Le trousseau de clés n&apos;a pas pu être lu (%1)&#xa0;; la fin du journal ne peut donc pas être vérifiée par rapport à son point de contrôle.</translation>
    </message>
    <message>
        <source>Record %1 does not match the keychain checkpoint: the log was cut back to record %1 or earlier and written again.</source>
        <translation>L&apos;enregistrement %1 ne correspond pas au point de contrôle du trousseau de clés&#xa0;: le journal a été tronqué jusqu&apos;à l&apos;enregistrement %1 ou avant, puis réécrit.</translation>
    </message>
    <message>
        <source>The audit log in %1 cannot be opened: %2</source>
        <translation>Le journal d&apos;audit dans %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The end of %1 (%2 bytes after record %3) was incomplete or unreadable after an interruption (crash or power loss) and was cut off; the bytes were kept as %4.</source>
        <translation>La fin de %1 (%2 octets après l&apos;enregistrement %3) était incomplète ou illisible après une interruption (plantage ou coupure de courant) et a été coupée&#xa0;; ces octets ont été conservés dans %4.</translation>
    </message>
    <message>
        <source>No audit record can be authenticated</source>
        <translation>Aucun enregistrement d&apos;audit ne peut être authentifié</translation>
    </message>
    <message>
        <source>The audit log&apos;s last authentic record is %1</source>
        <translation>Le dernier enregistrement authentique du journal d&apos;audit est le numéro %1</translation>
    </message>
    <message>
        <source>Audit record %1 does not match the keychain checkpoint: the log was cut back and written again.</source>
        <translation>L&apos;enregistrement d&apos;audit %1 ne correspond pas au point de contrôle du trousseau de clés&#xa0;: le journal a été tronqué puis réécrit.</translation>
    </message>
    <message>
        <source>The last audit segment cannot be used (%1); new records go to a new segment.</source>
        <translation>Le dernier segment d&apos;audit ne peut pas être utilisé (%1)&#xa0;; les nouveaux enregistrements sont écrits dans un nouveau segment.</translation>
    </message>
    <message>
        <source>The audit log could not be written to disk (%1).</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être écrit sur le disque (%1).</translation>
    </message>
    <message>
        <source>No data key for a new audit segment: %1</source>
        <translation>Aucune clé de données pour un nouveau segment d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit record %1 is missing; verify() tells what happened.</source>
        <translation>L&apos;enregistrement d&apos;audit %1 est absent&#xa0;; verify() indique ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Audit record %1 cannot be read (%2).</source>
        <translation>L&apos;enregistrement d&apos;audit %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Audit record %1 cannot be authenticated; verify() tells what happened.</source>
        <translation>L&apos;enregistrement d&apos;audit %1 ne peut pas être authentifié&#xa0;; verify() indique ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>The audit log in %1 cannot be opened without a key manager.</source>
        <translation>Le journal d&apos;audit dans %1 ne peut pas être ouvert sans gestionnaire de clés.</translation>
    </message>
    <message>
        <source>The audit log options are invalid: checkpointEvery and recordsPerDek must be at least 1.</source>
        <translation>Les options du journal d&apos;audit ne sont pas valides&#xa0;: checkpointEvery et recordsPerDek doivent valoir au moins 1.</translation>
    </message>
    <message>
        <source>Audit record %1 could not be written (%2).</source>
        <translation>L&apos;enregistrement d&apos;audit %1 n&apos;a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>Audit record %1 does not link to the record before it; verify() tells what happened.</source>
        <translation>L&apos;enregistrement d&apos;audit %1 n&apos;est pas chaîné à l&apos;enregistrement précédent&#xa0;; verify() indique ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: TLS is not available on this computer (the OpenSSL library could not be loaded).</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: TLS n&apos;est pas disponible sur cet ordinateur (la bibliothèque OpenSSL n&apos;a pas pu être chargée).</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: no audit repository host is configured.</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: aucun hôte de référentiel d&apos;audit n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: no CA certificate file is configured to verify the audit repository at %1.</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: aucun fichier de certificat d&apos;autorité de certification (CA) n&apos;est configuré pour vérifier le référentiel d&apos;audit à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: the CA file %1 is missing, unreadable or holds no PEM certificate.</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: le fichier de CA %1 est absent, illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: a client certificate needs both a certificate file and a key file (certificate: &quot;%1&quot;, key: &quot;%2&quot;).</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: un certificat client nécessite à la fois un fichier de certificat et un fichier de clé (certificat&#xa0;: «&#xa0;%1&#xa0;», clé&#xa0;: «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: the client certificate file %1 is missing, unreadable or holds no PEM certificate.</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: le fichier de certificat client %1 est absent, illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: the client key file %1 cannot be read: %2.</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: le fichier de clé client %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: the client key file %1 holds no unencrypted RSA or EC private key in PEM form.</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: le fichier de clé client %1 ne contient aucune clé privée RSA ou EC non chiffrée au format PEM.</translation>
    </message>
    <message>
        <source>The audit repository at %1 presented a certificate that is not valid for the host name &quot;%2&quot; (%3). Nothing was sent.</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 a présenté un certificat qui n&apos;est pas valide pour le nom d&apos;hôte «&#xa0;%2&#xa0;» (%3). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The audit repository at %1 presented a certificate that is not trusted: %2. Its certificate must be issued by the CA in %3. Nothing was sent.</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 a présenté un certificat non approuvé&#xa0;: %2. Son certificat doit être émis par l&apos;autorité de certification (CA) figurant dans %3. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The audit repository at %1 refused the connection; is the collector running? Audit records stay in the local log and are sent when it is reachable.</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 a refusé la connexion&#xa0;; le collecteur est-il en cours d&apos;exécution&#xa0;? Les enregistrements d&apos;audit restent dans le journal local et seront envoyés dès qu&apos;il sera joignable.</translation>
    </message>
    <message>
        <source>The audit repository&apos;s host name &quot;%1&quot; could not be found (%2).</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» du référentiel d&apos;audit est introuvable (%2).</translation>
    </message>
    <message>
        <source>The audit repository at %1 does not offer TLS 1.2 or newer, and Custos refuses older TLS versions (%2). Nothing was sent.</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 ne propose ni TLS 1.2 ni une version plus récente, et Custos refuse les versions antérieures de TLS (%2). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The audit repository at %1 requires a client certificate, and none is configured (%2).</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 exige un certificat client, et aucun n&apos;est configuré (%2).</translation>
    </message>
    <message>
        <source>The audit repository at %1 refused the client certificate in %2 (%3).</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 a refusé le certificat client figurant dans %2 (%3).</translation>
    </message>
    <message>
        <source>The TLS handshake with the audit repository at %1 failed: %2.</source>
        <translation>La négociation TLS avec le référentiel d&apos;audit à l&apos;adresse %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The audit repository at %1 closed the connection during the TLS handshake (%2).</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 a fermé la connexion pendant la négociation TLS (%2).</translation>
    </message>
    <message>
        <source>The audit repository at %1 closed the connection right after the TLS handshake; it probably requires a client certificate, and none is configured (%2).</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 a fermé la connexion juste après la négociation TLS&#xa0;; il exige probablement un certificat client, et aucun n&apos;est configuré (%2).</translation>
    </message>
    <message>
        <source>The audit repository at %1 closed the connection right after the TLS handshake; it may not accept the client certificate in %2 (%3).</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 a fermé la connexion juste après la négociation TLS&#xa0;; il n&apos;accepte peut-être pas le certificat client figurant dans %2 (%3).</translation>
    </message>
    <message>
        <source>The connection to the audit repository at %1 was lost (%2); records it may not have received will be sent again.</source>
        <translation>La connexion au référentiel d&apos;audit à l&apos;adresse %1 a été perdue (%2)&#xa0;; les enregistrements qu&apos;il n&apos;a peut-être pas reçus seront renvoyés.</translation>
    </message>
    <message>
        <source>The audit repository at %1 closed the connection; records it may not have received will be sent again.</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 a fermé la connexion&#xa0;; les enregistrements qu&apos;il n&apos;a peut-être pas reçus seront renvoyés.</translation>
    </message>
    <message>
        <source>Audit records from %1 on cannot be forwarded: %2</source>
        <translation>Les enregistrements d&apos;audit à partir du numéro %1 ne peuvent pas être transmis&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit record %1 could not be handed to the connection to %2: %3.</source>
        <translation>L&apos;enregistrement d&apos;audit %1 n&apos;a pas pu être confié à la connexion vers %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Audit records up to %1 were delivered, but the progress file %2 could not be written (%3); they will be sent again after a restart.</source>
        <translation>Les enregistrements d&apos;audit jusqu&apos;au numéro %1 ont été remis, mais le fichier de progression %2 n&apos;a pas pu être écrit (%3)&#xa0;; ils seront renvoyés après un redémarrage.</translation>
    </message>
    <message>
        <source>The audit repository at %1 did not complete the TLS handshake within %2 seconds.</source>
        <translation>Le référentiel d&apos;audit à l&apos;adresse %1 n&apos;a pas terminé la négociation TLS dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>Audit records cannot be forwarded: no audit log.</source>
        <translation>Les enregistrements d&apos;audit ne peuvent pas être transmis&#xa0;: aucun journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The encryption key has %1 bytes; AES-256 needs exactly %2.</source>
        <translation>La clé de chiffrement fait %1 octets&#xa0;; AES-256 en exige exactement %2.</translation>
    </message>
    <message>
        <source>The GCM nonce has %1 bytes; Custos uses exactly %2.</source>
        <translation>Le nonce GCM fait %1 octets&#xa0;; Custos en utilise exactement %2.</translation>
    </message>
    <message>
        <source>Cannot make a negative number (%1) of random bytes.</source>
        <translation>Impossible de générer un nombre négatif (%1) d&apos;octets aléatoires.</translation>
    </message>
    <message>
        <source>The secure random generator failed: %1</source>
        <translation>Le générateur de nombres aléatoires sécurisé a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The encrypted data is %1 bytes long, shorter than its nonce and tag (%2 bytes): it is truncated or not Custos data.</source>
        <translation>Les données chiffrées font %1 octets, soit moins que leur nonce et leur tag (%2 octets)&#xa0;: elles sont tronquées ou ne proviennent pas de Custos.</translation>
    </message>
    <message>
        <source>The data failed its integrity check (wrong key or modified).</source>
        <translation>Les données ont échoué au contrôle d&apos;intégrité (clé incorrecte ou données modifiées).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; held by %3 has %4 bytes instead of %5: it was changed outside Custos. Custos does not replace it, because the data protected by the original would be lost.</source>
        <translation>L&apos;entrée «&#xa0;%2&#xa0;» (%1) conservée dans %3 fait %4 octets au lieu de %5&#xa0;: elle a été modifiée en dehors de Custos. Custos ne la remplace pas, car les données protégées par l&apos;original seraient perdues.</translation>
    </message>
    <message>
        <source>Could not flush the folder %1 to disk: %2.</source>
        <translation>Le dossier %1 n&apos;a pas pu être synchronisé sur le disque&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not create a temporary file in %1: %2 (%3 was not changed).</source>
        <translation>Impossible de créer un fichier temporaire dans %1&#xa0;: %2 (%3 n&apos;a pas été modifié).</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3 (the previous version is kept).</source>
        <translation>Échec de l&apos;opération «&#xa0;%1&#xa0;» sur %2&#xa0;: %3 (la version précédente est conservée).</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (the previous version is kept).</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2 (la version précédente est conservée).</translation>
    </message>
    <message>
        <source>Could not replace %1: %2 (the previous version is kept).</source>
        <translation>Impossible de remplacer %1&#xa0;: %2 (la version précédente est conservée).</translation>
    </message>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>Impossible de supprimer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The previous key-encryption key held by %1 has the wrong size: it was changed outside Custos.</source>
        <translation>La clé de chiffrement de clés (KEK) précédente conservée dans %1 n&apos;a pas la bonne taille&#xa0;: elle a été modifiée en dehors de Custos.</translation>
    </message>
    <message>
        <source>The data key %1 could not be unwrapped with the key-encryption key held by %2: it belongs to another key or keychain, or its record was modified.</source>
        <translation>La clé de données %1 n&apos;a pas pu être déchiffrée avec la clé de chiffrement de clés (KEK) conservée dans %2&#xa0;: elle appartient à une autre clé ou à un autre trousseau, ou son enregistrement a été modifié.</translation>
    </message>
    <message>
        <source>The key file %1 is truncated (%2 bytes); Custos will not use it. The data it protects cannot be read unless it is restored from a backup.</source>
        <translation>Le fichier de clés %1 est tronqué (%2 octets)&#xa0;; Custos ne l&apos;utilisera pas. Les données qu&apos;il protège ne pourront être lues que s&apos;il est restauré à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file %1 has format version %2; this version of Custos reads version %3.</source>
        <translation>Le fichier de clés %1 est au format version %2&#xa0;; cette version de Custos lit la version %3.</translation>
    </message>
    <message>
        <source>The key file %1 failed its integrity check (it was modified or damaged); Custos will not use it. The data it protects cannot be read unless it is restored from a backup.</source>
        <translation>Le fichier de clés %1 a échoué au contrôle d&apos;intégrité (il a été modifié ou endommagé)&#xa0;; Custos ne l&apos;utilisera pas. Les données qu&apos;il protège ne pourront être lues que s&apos;il est restauré à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (its records do not add up); Custos will not use it.</source>
        <translation>Le fichier de clés %1 est endommagé (ses enregistrements sont incohérents)&#xa0;; Custos ne l&apos;utilisera pas.</translation>
    </message>
    <message>
        <source>Could not read the key file %1: %2.</source>
        <translation>Le fichier de clés %1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The data key %1 in %2 has the wrong size.</source>
        <translation>La clé de données %1 dans %2 n&apos;a pas la bonne taille.</translation>
    </message>
    <message>
        <source>The data key %1 does not exist in %2: it was destroyed (crypto-shredded) or never existed, so the data it protected cannot be read.</source>
        <translation>La clé de données %1 n&apos;existe pas dans %2&#xa0;: elle a été détruite (effacement cryptographique) ou n&apos;a jamais existé&#xa0;; les données qu&apos;elle protégeait ne peuvent donc pas être lues.</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
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
        <translation>Secret Service (GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <source>The system keychain (%1) is not available: %2; Custos keeps patient data in memory only.</source>
        <translation>Le trousseau de clés du système (%1) n&apos;est pas disponible&#xa0;: %2&#xa0;; Custos conserve les données des patients uniquement en mémoire.</translation>
    </message>
    <message>
        <source>The system keychain (%1) refused access to &quot;%2&quot;: %3 (is it locked?); Custos keeps patient data in memory only.</source>
        <translation>Le trousseau de clés du système (%1) a refusé l&apos;accès à «&#xa0;%2&#xa0;»&#xa0;: %3 (est-il verrouillé&#xa0;?)&#xa0;; Custos conserve les données des patients uniquement en mémoire.</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot; from the system keychain (%2): %3.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;» du trousseau de clés du système (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The system keychain (%1) did not answer within %2 seconds (it may be locked and waiting for a password prompt); Custos keeps patient data in memory only.</source>
        <translation>Le trousseau de clés du système (%1) n&apos;a pas répondu dans un délai de %2 secondes (il est peut-être verrouillé et attend la saisie d&apos;un mot de passe)&#xa0;; Custos conserve les données des patients uniquement en mémoire.</translation>
    </message>
    <message>
        <source>OpenSSL could not build a public key from it</source>
        <translation>OpenSSL n&apos;a pas pu en tirer une clé publique</translation>
    </message>
    <message>
        <source>it is not a valid public key</source>
        <translation>ce n&apos;est pas une clé publique valide</translation>
    </message>
    <message>
        <source>OpenSSL could not read its modulus and exponent</source>
        <translation>OpenSSL n&apos;a pas pu lire son module et son exposant</translation>
    </message>
    <message>
        <source>it is a %1-bit RSA key; Custos requires at least %2 bits</source>
        <translation>c&apos;est une clé RSA de %1 bits&#xa0;; Custos exige au moins %2 bits</translation>
    </message>
    <message>
        <source>OpenSSL could not read its coordinates</source>
        <translation>OpenSSL n&apos;a pas pu lire ses coordonnées</translation>
    </message>
    <message>
        <source>its point is not on the P-256 curve</source>
        <translation>son point n&apos;appartient pas à la courbe P-256</translation>
    </message>
    <message>
        <source>an ES256 signature must be %1 bytes (r || s), this one has %2</source>
        <translation>une signature ES256 doit faire %1 octets (r || s), celle-ci en fait %2</translation>
    </message>
    <message>
        <source>OpenSSL could not read the ES256 signature</source>
        <translation>OpenSSL n&apos;a pas pu lire la signature ES256</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the ES256 signature</source>
        <translation>OpenSSL n&apos;a pas pu encoder la signature ES256</translation>
    </message>
    <message>
        <source>without a key ID</source>
        <translation>sans identifiant de clé</translation>
    </message>
    <message>
        <source>it has no &quot;%1&quot; member</source>
        <translation>elle n&apos;a pas de membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; member is not base64url: %2</source>
        <translation>son membre «&#xa0;%1&#xa0;» n&apos;est pas en base64url&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it is for &quot;%1&quot;, not for signatures</source>
        <translation>elle est destinée à «&#xa0;%1&#xa0;», et non aux signatures</translation>
    </message>
    <message>
        <source>it is on curve &quot;%1&quot;; Custos accepts P-256 only</source>
        <translation>elle utilise la courbe «&#xa0;%1&#xa0;»&#xa0;; Custos n&apos;accepte que P-256</translation>
    </message>
    <message>
        <source>its P-256 coordinates are not 32 bytes each (x %1, y %2)</source>
        <translation>ses coordonnées P-256 ne font pas 32 octets chacune (x %1, y %2)</translation>
    </message>
    <message>
        <source>it is of type &quot;%1&quot;; Custos accepts RSA and EC P-256 keys</source>
        <translation>elle est de type «&#xa0;%1&#xa0;»&#xa0;; Custos accepte les clés RSA et EC P-256</translation>
    </message>
    <message>
        <source>%1 characters is not a possible base64url length</source>
        <translation>%1 caractères ne constituent pas une longueur base64url possible</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a base64url character</source>
        <translation>%1 à la position %2 n&apos;est pas un caractère base64url</translation>
    </message>
    <message>
        <source>its last character has bits set beyond the data (not canonical base64url)</source>
        <translation>le dernier caractère a des bits positionnés au-delà des données (base64url non canonique)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, far more than any ID token; it was refused.</source>
        <translation>%1 fait %2 octets, bien plus que n&apos;importe quel jeton d&apos;identité&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <source>%1 is encrypted (JWE). Custos expects a signed ID token: turn off ID token encryption for this client at the identity provider.</source>
        <translation>%1 est chiffré (JWE). Custos attend un jeton d&apos;identité signé&#xa0;: désactivez le chiffrement du jeton d&apos;identité pour ce client auprès du fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>%1 is not a signed JWT (it has %2 parts separated by &quot;.&quot;, not 3).</source>
        <translation>%1 n&apos;est pas un JWT signé (il comporte %2 parties séparées par «&#xa0;.&#xa0;», et non 3).</translation>
    </message>
    <message>
        <source>%1 is malformed: its %2 is not valid base64url (%3).</source>
        <translation>%1 est mal formé&#xa0;: sa partie «&#xa0;%2&#xa0;» n&apos;est pas du base64url valide (%3).</translation>
    </message>
    <message>
        <source>%1 is malformed: its %2 is not a JSON object%3.</source>
        <translation>%1 est mal formé&#xa0;: sa partie «&#xa0;%2&#xa0;» n&apos;est pas un objet JSON%3.</translation>
    </message>
    <message>
        <source>%1 is malformed: its header names no signature algorithm (&quot;alg&quot;).</source>
        <translation>%1 est mal formé&#xa0;: son en-tête n&apos;indique aucun algorithme de signature («&#xa0;alg&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 is malformed: its key ID (&quot;kid&quot;) is not a string.</source>
        <translation>%1 est mal formé&#xa0;: son identifiant de clé («&#xa0;kid&#xa0;») n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s key set (JWKS) is not a JSON object%1.</source>
        <translation>Le jeu de clés (JWKS) du fournisseur d&apos;identité n&apos;est pas un objet JSON%1.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s key set (JWKS) has no &quot;keys&quot; array.</source>
        <translation>Le jeu de clés (JWKS) du fournisseur d&apos;identité ne contient pas de tableau «&#xa0;keys&#xa0;».</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(sans kid)</translation>
    </message>
    <message>
        <source>The key %1 cannot check this %2 signature: %3.</source>
        <translation>La clé %1 ne peut pas vérifier cette signature %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>the provider published it for %1 only</source>
        <translation>le fournisseur l&apos;a publiée pour %1 uniquement</translation>
    </message>
    <message>
        <source>it is an %1 key</source>
        <translation>c&apos;est une clé %1</translation>
    </message>
    <message>
        <source>The %1 signature is %2 bytes long; the key %3 makes signatures of %4 bytes. The token was altered or forged.</source>
        <translation>La signature %1 fait %2 octets&#xa0;; la clé %3 produit des signatures de %4 octets. Le jeton a été modifié ou falsifié.</translation>
    </message>
    <message>
        <source>The ES256 signature is malformed: %1.</source>
        <translation>La signature ES256 est mal formée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification.</source>
        <translation>OpenSSL n&apos;a pas pu préparer la vérification %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up RS256 verification.</source>
        <translation>OpenSSL n&apos;a pas pu préparer la vérification RS256.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up PS256 verification.</source>
        <translation>OpenSSL n&apos;a pas pu préparer la vérification PS256.</translation>
    </message>
    <message>
        <source>The %1 signature does not match the key %2: the token was altered or was not signed by the identity provider.</source>
        <translation>La signature %1 ne correspond pas à la clé %2&#xa0;: le jeton a été modifié ou n&apos;a pas été signé par le fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>The identity provider&apos;s issuer URL &quot;%1&quot; is not a valid URL; set it in the sign-in settings (for example https://idp.example.org/realms/radiology).</source>
        <translation>L&apos;URL de l&apos;émetteur «&#xa0;%1&#xa0;» du fournisseur d&apos;identité n&apos;est pas une URL valide&#xa0;; définissez-la dans les paramètres de connexion (par exemple https://idp.example.org/realms/radiology).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s issuer URL &quot;%1&quot; must use https (plain http is accepted only on this computer&apos;s loopback address).</source>
        <translation>L&apos;URL de l&apos;émetteur «&#xa0;%1&#xa0;» du fournisseur d&apos;identité doit utiliser https (le http non chiffré n&apos;est accepté que sur l&apos;adresse de bouclage de cet ordinateur).</translation>
    </message>
    <message>
        <source>The issuer URL &quot;%1&quot; must not contain a query or fragment.</source>
        <translation>L&apos;URL de l&apos;émetteur «&#xa0;%1&#xa0;» ne doit contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>No client ID is configured for sign-in with %1; enter the client ID registered for Custos at the identity provider.</source>
        <translation>Aucun identifiant client n&apos;est configuré pour la connexion avec %1&#xa0;; saisissez l&apos;identifiant client enregistré pour Custos auprès du fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>The redirect host &quot;%1&quot; is not a loopback IP address; use 127.0.0.1 (or ::1), as RFC 8252 requires for desktop sign-in.</source>
        <translation>L&apos;hôte de redirection «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP de bouclage&#xa0;; utilisez 127.0.0.1 (ou ::1), comme l&apos;exige la RFC 8252 pour la connexion depuis une application de bureau.</translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; must start with &quot;/&quot;.</source>
        <translation>Le chemin de redirection «&#xa0;%1&#xa0;» doit commencer par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>The allowed clock skew of %1 s is out of range (0 to 600 s).</source>
        <translation>Le décalage d&apos;horloge autorisé de %1 s est hors de la plage admise (0 à 600 s).</translation>
    </message>
    <message>
        <source>The sign-in and network timeouts must be positive.</source>
        <translation>Les délais d&apos;expiration de la connexion et du réseau doivent être positifs.</translation>
    </message>
    <message>
        <source>The ID token</source>
        <translation>Le jeton d&apos;identité (ID token)</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; claim (%3); it is refused.</source>
        <translation>%1 n&apos;a pas de revendication «&#xa0;%2&#xa0;» (%3)&#xa0;; il est refusé.</translation>
    </message>
    <message>
        <source>%1 is malformed: its &quot;%2&quot; claim is not a time in seconds.</source>
        <translation>%1 est mal formé&#xa0;: sa revendication «&#xa0;%2&#xa0;» n&apos;est pas une date exprimée en secondes.</translation>
    </message>
    <message>
        <source>%1 is not signed (algorithm &quot;%2&quot;), so anyone could have written it; it is refused. Custos accepts RS256, PS256 and ES256 signatures only.</source>
        <translation>%1 n&apos;est pas signé (algorithme «&#xa0;%2&#xa0;»), n&apos;importe qui aurait donc pu l&apos;écrire&#xa0;; il est refusé. Custos n&apos;accepte que les signatures RS256, PS256 et ES256.</translation>
    </message>
    <message>
        <source>%1 is signed with a shared-secret HMAC (%2), which a desktop application cannot check: it has no secret, and treating the provider&apos;s public key as one would let anyone forge tokens. It is refused; set the client&apos;s ID token signing algorithm to RS256, PS256 or ES256 at the identity provider.</source>
        <translation>%1 est signé avec un HMAC à secret partagé (%2), qu&apos;une application de bureau ne peut pas vérifier&#xa0;: elle ne dispose d&apos;aucun secret, et utiliser la clé publique du fournisseur comme secret permettrait à n&apos;importe qui de falsifier des jetons. Il est refusé&#xa0;; réglez l&apos;algorithme de signature du jeton d&apos;identité du client sur RS256, PS256 ou ES256 auprès du fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>%1 is signed with &quot;%2&quot;, which Custos does not accept (RS256, PS256 or ES256 only); set the client&apos;s ID token signing algorithm at the identity provider.</source>
        <translation>%1 est signé avec «&#xa0;%2&#xa0;», que Custos n&apos;accepte pas (RS256, PS256 ou ES256 uniquement)&#xa0;; réglez l&apos;algorithme de signature du jeton d&apos;identité du client auprès du fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>%1 was signed with a key (kid &quot;%2&quot;) that is not in the identity provider&apos;s published key set (%3). The token may be forged, or the provider signs with a key it does not publish.</source>
        <translation>%1 a été signé avec une clé (kid «&#xa0;%2&#xa0;») qui ne figure pas dans le jeu de clés publié par le fournisseur d&apos;identité (%3). Le jeton est peut-être falsifié, ou le fournisseur signe avec une clé qu&apos;il ne publie pas.</translation>
    </message>
    <message>
        <source>which is empty</source>
        <translation>qui est vide</translation>
    </message>
    <message>
        <source>%1 names no key, and the identity provider publishes no key for %2 signatures.</source>
        <translation>%1 n&apos;indique aucune clé, et le fournisseur d&apos;identité ne publie aucune clé pour les signatures %2.</translation>
    </message>
    <message>
        <source>%1 names no key (no &quot;kid&quot; in its header) while the identity provider publishes %2 keys for %3; it is refused (OpenID Connect Core §10.1).</source>
        <translation>%1 n&apos;indique aucune clé (pas de «&#xa0;kid&#xa0;» dans son en-tête) alors que le fournisseur d&apos;identité publie %2 clés pour %3&#xa0;; il est refusé (OpenID Connect Core §10.1).</translation>
    </message>
    <message>
        <source>%1 requires header extensions Custos does not implement (&quot;crit&quot;); it is refused.</source>
        <translation>%1 exige des extensions d&apos;en-tête que Custos n&apos;implémente pas («&#xa0;crit&#xa0;»)&#xa0;; il est refusé.</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 est refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was issued by %2, not by the configured identity provider &quot;%3&quot;; it is refused. Check the issuer URL in the sign-in settings.</source>
        <translation>%1 a été émis par %2, et non par le fournisseur d&apos;identité configuré «&#xa0;%3&#xa0;»&#xa0;; il est refusé. Vérifiez l&apos;URL de l&apos;émetteur dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>an unnamed issuer (no &quot;iss&quot; claim)</source>
        <translation>un émetteur sans nom (pas de revendication «&#xa0;iss&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 names no user (no &quot;sub&quot; claim); it is refused.</source>
        <translation>%1 n&apos;indique aucun utilisateur (pas de revendication «&#xa0;sub&#xa0;»)&#xa0;; il est refusé.</translation>
    </message>
    <message>
        <source>%1 names no audience (&quot;aud&quot; claim); it is refused.</source>
        <translation>%1 n&apos;indique aucune audience (revendication «&#xa0;aud&#xa0;»)&#xa0;; il est refusé.</translation>
    </message>
    <message>
        <source>%1 is meant for another application (audience %2), not for this client &quot;%3&quot;; it is refused. If the client ID in the sign-in settings is wrong, correct it.</source>
        <translation>%1 est destiné à une autre application (audience %2), et non à ce client «&#xa0;%3&#xa0;»&#xa0;; il est refusé. Si l&apos;identifiant client indiqué dans les paramètres de connexion est erroné, corrigez-le.</translation>
    </message>
    <message>
        <source>%1 was issued to another client (azp &quot;%2&quot;), not to &quot;%3&quot;; it is refused.</source>
        <translation>%1 a été émis pour un autre client (azp «&#xa0;%2&#xa0;»), et non pour «&#xa0;%3&#xa0;»&#xa0;; il est refusé.</translation>
    </message>
    <message>
        <source>%1 names several audiences (%2) but not which one it was issued to (no &quot;azp&quot; claim); it is refused, since another application could have obtained it.</source>
        <translation>%1 indique plusieurs audiences (%2) mais pas celle pour laquelle il a été émis (pas de revendication «&#xa0;azp&#xa0;»)&#xa0;; il est refusé, car une autre application aurait pu l&apos;obtenir.</translation>
    </message>
    <message>
        <source>its expiry</source>
        <translation>sa date d&apos;expiration</translation>
    </message>
    <message>
        <source>%1 expired at %2 UTC, %3 s ago (more than the allowed clock difference of %4 s); sign in again. If this keeps happening, check this computer&apos;s clock.</source>
        <translation>%1 a expiré à %2 UTC, il y a %3 s (plus que le décalage d&apos;horloge autorisé de %4 s)&#xa0;; reconnectez-vous. Si cela se reproduit, vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>when it was issued</source>
        <translation>sa date d&apos;émission</translation>
    </message>
    <message>
        <source>%1 claims to be issued in the future (%2 UTC, %3 s from now, more than the allowed clock difference of %4 s); it is refused. Check this computer&apos;s clock and the provider&apos;s.</source>
        <translation>%1 prétend avoir été émis dans le futur (%2 UTC, dans %3 s, plus que le décalage d&apos;horloge autorisé de %4 s)&#xa0;; il est refusé. Vérifiez l&apos;horloge de cet ordinateur et celle du fournisseur.</translation>
    </message>
    <message>
        <source>%1 is malformed: its &quot;nbf&quot; claim is not a time in seconds.</source>
        <translation>%1 est mal formé&#xa0;: sa revendication «&#xa0;nbf&#xa0;» n&apos;est pas une date exprimée en secondes.</translation>
    </message>
    <message>
        <source>%1 is not valid yet: not before %2 UTC, %3 s from now (more than the allowed clock difference of %4 s). Check this computer&apos;s clock.</source>
        <translation>%1 n&apos;est pas encore valide&#xa0;: pas avant %2 UTC, dans %3 s (plus que le décalage d&apos;horloge autorisé de %4 s). Vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is malformed: its &quot;nonce&quot; claim is not a string.</source>
        <translation>%1 est mal formé&#xa0;: sa revendication «&#xa0;nonce&#xa0;» n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>%1 carries no nonce although this sign-in sent one; it may come from another sign-in and is refused.</source>
        <translation>%1 ne contient aucun nonce alors que cette connexion en a envoyé un&#xa0;; il provient peut-être d&apos;une autre connexion et est refusé.</translation>
    </message>
    <message>
        <source>%1 was issued for another sign-in (its nonce does not match this one&apos;s): a replayed or injected token. It is refused; sign in again.</source>
        <translation>%1 a été émis pour une autre connexion (son nonce ne correspond pas à celui de cette connexion)&#xa0;: il s&apos;agit d&apos;un jeton rejoué ou injecté. Il est refusé&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 is malformed: its &quot;amr&quot; claim is not a list of strings.</source>
        <translation>%1 est mal formé&#xa0;: sa revendication «&#xa0;amr&#xa0;» n&apos;est pas une liste de chaînes.</translation>
    </message>
    <message>
        <source> (The key set was fetched again just now to be sure.)</source>
        <translation> (Le jeu de clés vient d&apos;être récupéré à nouveau par précaution.)</translation>
    </message>
    <message>
        <source>&lt;!doctype html&gt;&lt;html lang=&quot;en&quot;&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;background:#1e1e1e;color:#ddd;margin:4em auto;max-width:36em;line-height:1.4}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!doctype html&gt;&lt;html lang=&quot;fr&quot;&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;background:#1e1e1e;color:#ddd;margin:4em auto;max-width:36em;line-height:1.4}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This sign-in has already finished.</source>
        <translation>Cette connexion est déjà terminée.</translation>
    </message>
    <message>
        <source>The sign-in redirect must listen on a loopback IP address, not &quot;%1&quot;.</source>
        <translation>La redirection de connexion doit écouter sur une adresse IP de bouclage, et non sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Custos could not open its sign-in address on %1: %2.</source>
        <translation>Custos n&apos;a pas pu ouvrir son adresse de connexion sur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Signed in to Custos</source>
        <translation>Connecté à Custos</translation>
    </message>
    <message>
        <source>You can close this window and return to Custos.</source>
        <translation>Vous pouvez fermer cette fenêtre et revenir à Custos.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>%1 You can close this window and try again in Custos.</source>
        <translation>%1 Vous pouvez fermer cette fenêtre et réessayer dans Custos.</translation>
    </message>
    <message>
        <source>Sign-in could not start: no secure random numbers (%1).</source>
        <translation>La connexion n&apos;a pas pu démarrer&#xa0;: aucun nombre aléatoire sécurisé (%1).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s discovery document has no &quot;%1&quot;; Custos cannot sign in with it.</source>
        <translation>Le document de découverte du fournisseur d&apos;identité ne contient pas «&#xa0;%1&#xa0;»&#xa0;; Custos ne peut pas se connecter avec ce fournisseur.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s %1 &quot;%2&quot; is not an https URL; Custos refuses to send sign-in data over it.</source>
        <translation>L&apos;entrée %1 «&#xa0;%2&#xa0;» du fournisseur d&apos;identité n&apos;est pas une URL https&#xa0;; Custos refuse d&apos;y envoyer des données de connexion.</translation>
    </message>
    <message>
        <source>The authorization code was already used, has expired, or the PKCE code verifier does not match it. Sign in again.</source>
        <translation>Le code d&apos;autorisation a déjà été utilisé, a expiré, ou le vérificateur de code PKCE (code_verifier) ne lui correspond pas. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired or was revoked at the identity provider. Sign in again.</source>
        <translation>La connexion enregistrée a expiré ou a été révoquée auprès du fournisseur d&apos;identité. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check the client ID, and that the identity provider registers it as a public (native) client without a secret, allowed to use this flow.</source>
        <translation>Vérifiez l&apos;identifiant client, et que le fournisseur d&apos;identité l&apos;a enregistré comme client public (natif) sans secret, autorisé à utiliser ce flux.</translation>
    </message>
    <message>
        <source>The request was incomplete or malformed for this provider.</source>
        <translation>La requête était incomplète ou mal formée pour ce fournisseur.</translation>
    </message>
    <message>
        <source>Check the scopes in the sign-in settings.</source>
        <translation>Vérifiez les portées (scopes) dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The identity provider does not allow this client to use this grant.</source>
        <translation>Le fournisseur d&apos;identité n&apos;autorise pas ce client à utiliser ce type d&apos;autorisation (grant).</translation>
    </message>
    <message>
        <source>The discovery document at %1 is not a JSON object; is &quot;%2&quot; the issuer URL of an OpenID provider?</source>
        <translation>Le document de découverte à l&apos;adresse %1 n&apos;est pas un objet JSON&#xa0;; «&#xa0;%2&#xa0;» est-elle bien l&apos;URL de l&apos;émetteur d&apos;un fournisseur OpenID&#xa0;?</translation>
    </message>
    <message>
        <source>The identity provider at %1 calls itself &quot;%2&quot;, not the configured issuer; set the issuer URL to exactly &quot;%2&quot; if that provider is the right one.</source>
        <translation>Le fournisseur d&apos;identité à l&apos;adresse %1 se présente comme «&#xa0;%2&#xa0;», et non comme l&apos;émetteur configuré&#xa0;; définissez l&apos;URL de l&apos;émetteur sur exactement «&#xa0;%2&#xa0;» si ce fournisseur est le bon.</translation>
    </message>
    <message>
        <source>The identity provider %1 does not offer the authorization code flow, which Custos needs.</source>
        <translation>Le fournisseur d&apos;identité %1 ne propose pas le flux de code d&apos;autorisation, dont Custos a besoin.</translation>
    </message>
    <message>
        <source>The identity provider %1 does not support PKCE with S256 (it offers %2); Custos requires it.</source>
        <translation>Le fournisseur d&apos;identité %1 ne prend pas en charge PKCE avec S256 (il propose %2)&#xa0;; Custos l&apos;exige.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; appears more than once</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>The answer that reached Custos&apos; sign-in address is malformed (%1); it was refused. Sign in again.</source>
        <translation>La réponse reçue à l&apos;adresse de connexion de Custos est mal formée (%1)&#xa0;; elle a été refusée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The answer that reached Custos&apos; sign-in address does not belong to this sign-in (its state %1). It was refused: it may be a forged or stale request. Sign in again.</source>
        <translation>La réponse reçue à l&apos;adresse de connexion de Custos n&apos;appartient pas à cette connexion (son paramètre «&#xa0;state&#xa0;» %1). Elle a été refusée&#xa0;: il peut s&apos;agir d&apos;une requête falsifiée ou périmée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>The sign-in answer comes from %1, not from the identity provider &quot;%2&quot; (RFC 9207 mix-up protection). It was refused.</source>
        <translation>La réponse de connexion a été envoyée par %1, et non par le fournisseur d&apos;identité «&#xa0;%2&#xa0;» (protection contre la confusion de fournisseurs, RFC 9207). Elle a été refusée.</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>un émetteur sans nom</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in (%1%2).</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas effectué la connexion (%1%2).</translation>
    </message>
    <message>
        <source> The sign-in was cancelled or refused at the provider.</source>
        <translation> La connexion a été annulée ou refusée auprès du fournisseur.</translation>
    </message>
    <message>
        <source> Sign in again and complete the provider&apos;s pages.</source>
        <translation> Reconnectez-vous et complétez les pages du fournisseur.</translation>
    </message>
    <message>
        <source> Check the client registration at the provider (a native public client, PKCE S256, redirect http://127.0.0.1/callback).</source>
        <translation> Vérifiez l&apos;enregistrement du client auprès du fournisseur (client public natif, PKCE S256, redirection http://127.0.0.1/callback).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer carries no authorization code. Sign in again.</source>
        <translation>La réponse du fournisseur d&apos;identité ne contient aucun code d&apos;autorisation. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>the authorization code</source>
        <translation>le code d&apos;autorisation</translation>
    </message>
    <message>
        <source>the saved sign-in (refresh token)</source>
        <translation>la connexion enregistrée (jeton d&apos;actualisation)</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint answered HTTP %1 for %2 without an OAuth error; try again later or ask the provider&apos;s administrator.</source>
        <translation>Le point de terminaison de jeton du fournisseur d&apos;identité a répondu HTTP %1 pour %2 sans erreur OAuth&#xa0;; réessayez plus tard ou contactez l&apos;administrateur du fournisseur.</translation>
    </message>
    <message>
        <source>The identity provider refused %1 (%2%3).</source>
        <translation>Le fournisseur d&apos;identité a refusé %1 (%2%3).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint answered with something that is not JSON for %1.</source>
        <translation>Le point de terminaison de jeton du fournisseur d&apos;identité a répondu pour %1 par un contenu qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The identity provider issued tokens of an unknown type &quot;%1&quot;.</source>
        <translation>Le fournisseur d&apos;identité a émis des jetons d&apos;un type inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The identity provider %1 returned no ID token; check that client &quot;%2&quot; may use the &quot;openid&quot; scope.</source>
        <translation>Le fournisseur d&apos;identité %1 n&apos;a renvoyé aucun jeton d&apos;identité (ID token)&#xa0;; vérifiez que le client «&#xa0;%2&#xa0;» peut utiliser la portée (scope) «&#xa0;openid&#xa0;».</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) is not available: there is no D-Bus session on this computer; Custos keeps patient data in memory only.</source>
        <translation>Le trousseau de clés du système (Secret Service) n&apos;est pas disponible&#xa0;: il n&apos;y a pas de session D-Bus sur cet ordinateur&#xa0;; Custos conserve les données des patients uniquement en mémoire.</translation>
    </message>
    <message>
        <source>The sign-in did not establish who you are.</source>
        <translation>La connexion n&apos;a pas permis d&apos;établir qui vous êtes.</translation>
    </message>
    <message>
        <source>This site requires a second factor: enter the code from your authenticator app.</source>
        <translation>Ce site exige un second facteur&#xa0;: saisissez le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>The session is not locked.</source>
        <translation>La session n&apos;est pas verrouillée.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this session. To sign in as someone else, switch user: the open studies will be closed.</source>
        <translation>Seul(e) %1 peut déverrouiller cette session. Pour vous connecter sous une autre identité, changez d&apos;utilisateur&#xa0;: les études ouvertes seront fermées.</translation>
    </message>
    <message>
        <source>The cached copy does not match this series any more; it was discarded.</source>
        <translation>La copie en cache ne correspond plus à cette série&#xa0;; elle a été supprimée.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created; patient data stays in memory only.</source>
        <translation>Le dossier de données %1 n&apos;a pas pu être créé&#xa0;; les données des patients restent uniquement en mémoire.</translation>
    </message>
    <message>
        <source>%1 The audit trail waits in memory until the keychain is available.</source>
        <translation>%1 Le journal d&apos;audit reste en mémoire jusqu&apos;à ce que le trousseau de clés soit disponible.</translation>
    </message>
    <message>
        <source>The audit trail could not be opened (%1).</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être ouvert (%1).</translation>
    </message>
    <message>
        <source>The encrypted cache could not be opened (%1); studies are read from their files each time.</source>
        <translation>Le cache chiffré n&apos;a pas pu être ouvert (%1)&#xa0;; les études sont relues depuis leurs fichiers à chaque fois.</translation>
    </message>
</context>
<context>
    <name>custos::auth</name>
    <message>
        <source>Wrong user name, password or code.</source>
        <translation>Nom d&apos;utilisateur, mot de passe ou code incorrect.</translation>
    </message>
    <message>
        <source>The local accounts file %1 was refused: it was changed outside Custos, is damaged, or belongs to another keychain. Local sign-in stays off until an administrator restores it from a backup or removes it.</source>
        <translation>Le fichier des comptes locaux %1 a été refusé&#xa0;: il a été modifié en dehors de Custos, est endommagé ou appartient à un autre trousseau de clés. La connexion locale reste désactivée jusqu&apos;à ce qu&apos;un administrateur le restaure à partir d&apos;une sauvegarde ou le supprime.</translation>
    </message>
    <message>
        <source>The local accounts file %1 could not be read: %2.</source>
        <translation>Le fichier des comptes locaux %1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The local accounts file %1 is an older copy (change %2; the keychain records change %3). It is refused because it could undo a lockout, a used code or a removed account.</source>
        <translation>Le fichier des comptes locaux %1 est une copie plus ancienne (révision %2&#xa0;; le trousseau de clés enregistre la révision %3). Il est refusé, car il pourrait annuler un verrouillage, l&apos;utilisation d&apos;un code ou la suppression d&apos;un compte.</translation>
    </message>
    <message>
        <source>The local accounts in %1 are busy (another Custos process holds %2); try again.</source>
        <translation>Les comptes locaux dans %1 sont occupés (un autre processus Custos détient %2)&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The one-time code secret of %1 could not be decrypted; reset it with custos-cli users reset-mfa.</source>
        <translation>Le secret des codes à usage unique de %1 n&apos;a pas pu être déchiffré&#xa0;; réinitialisez-le avec custos-cli users reset-mfa.</translation>
    </message>
    <message>
        <source>This code was already used. Wait for the next code of your authenticator app.</source>
        <translation>Ce code a déjà été utilisé. Attendez le code suivant de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Local accounts need the keychain, which is not available.</source>
        <translation>Les comptes locaux nécessitent le trousseau de clés, qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The folder %1 for local accounts could not be created.</source>
        <translation>Le dossier %1 des comptes locaux n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: use 1 to 64 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de compte valide&#xa0;: utilisez de 1 à 64 caractères parmi les lettres a-z, les chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are: %2.</source>
        <translation>Rôle «&#xa0;%1&#xa0;» inconnu&#xa0;; les rôles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>Un compte doit avoir au moins un rôle.</translation>
    </message>
    <message>
        <source>The display name must be at most 128 characters, without control characters.</source>
        <translation>Le nom d&apos;affichage doit comporter au plus 128 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>An account named %1 exists already.</source>
        <translation>Un compte nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no local account named %1.</source>
        <translation>Il n&apos;existe aucun compte local nommé %1.</translation>
    </message>
    <message>
        <source>The account %1 is locked for %2 more seconds after repeated failed sign-ins.</source>
        <translation>Le compte %1 est verrouillé pendant encore %2 secondes après des échecs de connexion répétés.</translation>
    </message>
    <message>
        <source>The account is now locked for %1 seconds.</source>
        <translation>Le compte est maintenant verrouillé pendant %1 secondes.</translation>
    </message>
    <message>
        <source>The password hash cost (t=%1, m=%2 KiB, p=%3) is outside the accepted bounds.</source>
        <translation>Les paramètres de coût du hachage de mot de passe (t=%1, m=%2 KiB, p=%3) sont hors des limites acceptées.</translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>Le mot de passe ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>Le mot de passe comporte %1 caractères&#xa0;; il en faut au moins %2.</translation>
    </message>
    <message>
        <source>The password has %1 characters; at most %2 are accepted.</source>
        <translation>Le mot de passe comporte %1 caractères&#xa0;; %2 au maximum sont acceptés.</translation>
    </message>
    <message>
        <source>The password could not be hashed: %1.</source>
        <translation>Le mot de passe n&apos;a pas pu être haché&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The stored password hash is not an Argon2id (version 19) hash: it is damaged.</source>
        <translation>Le hachage de mot de passe enregistré n&apos;est pas un hachage Argon2id (version 19)&#xa0;: il est endommagé.</translation>
    </message>
    <message>
        <source>The stored password hash could not be checked: %1.</source>
        <translation>Le hachage de mot de passe enregistré n&apos;a pas pu être vérifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>Il n&apos;y a rien à mettre dans un code QR.</translation>
    </message>
    <message>
        <source>The QR code could not be made (%1 bytes): %2.</source>
        <translation>Le code QR n&apos;a pas pu être généré (%1 octets)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>too long for a QR code</source>
        <translation>trop long pour un code QR</translation>
    </message>
    <message>
        <source>One-time codes have %1 to %2 digits, not %3.</source>
        <translation>Les codes à usage unique comportent de %1 à %2 chiffres, et non %3.</translation>
    </message>
    <message>
        <source>The one-time code period must be positive.</source>
        <translation>La période des codes à usage unique doit être positive.</translation>
    </message>
</context>
<context>
    <name>custos::auth::BrowserLauncher</name>
    <message>
        <source>Custos could not open the system browser (%1 did not start). Set a browser command in the sign-in settings, or open this address in a browser on this computer: %2</source>
        <translation>Custos n&apos;a pas pu ouvrir le navigateur du système (%1 n&apos;a pas démarré). Définissez une commande de navigateur dans les paramètres de connexion, ou ouvrez cette adresse dans un navigateur sur cet ordinateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>s&apos;est arrêtée brutalement</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>s&apos;est terminée avec le code %1</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; %2 before the sign-in finished.</source>
        <translation>La commande de navigateur «&#xa0;%1&#xa0;» %2 avant la fin de la connexion.</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; %2 before the sign-in finished: %3</source>
        <translation>La commande de navigateur «&#xa0;%1&#xa0;» %2 avant la fin de la connexion&#xa0;: %3</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; could not be started (%2); check the browser command in the sign-in settings.</source>
        <translation>La commande de navigateur «&#xa0;%1&#xa0;» n&apos;a pas pu être lancée (%2)&#xa0;; vérifiez la commande de navigateur dans les paramètres de connexion.</translation>
    </message>
</context>
<context>
    <name>custos::auth::OidcClient</name>
    <message>
        <source>key set (JWKS)</source>
        <translation>jeu de clés (JWKS)</translation>
    </message>
    <message>
        <source>The identity provider did not answer within %1 when asked for its %2 (%3). Check the network, or try again later.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas répondu dans un délai de %1 à la demande de son %2 (%3). Vérifiez le réseau ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Custos could not reach the identity provider for its %1 at %2: %3.</source>
        <translation>Custos n&apos;a pas pu joindre le fournisseur d&apos;identité pour obtenir son %1 à l&apos;adresse %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The identity provider answered HTTP %1 when asked for its %2 at %3; check the issuer URL in the sign-in settings.</source>
        <translation>Le fournisseur d&apos;identité a répondu HTTP %1 à la demande de son %2 à l&apos;adresse %3&#xa0;; vérifiez l&apos;URL de l&apos;émetteur dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint (%1) did not answer within %2. Try again later.</source>
        <translation>Le point de terminaison de jeton du fournisseur d&apos;identité (%1) n&apos;a pas répondu dans un délai de %2. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Custos could not reach the identity provider&apos;s token endpoint (%1): %2.</source>
        <translation>Custos n&apos;a pas pu joindre le point de terminaison de jeton du fournisseur d&apos;identité (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>discovery document</source>
        <translation>document de découverte</translation>
    </message>
    <message>
        <source>Internal error: a token request needs the authorization code and its PKCE verifier.</source>
        <translation>Erreur interne&#xa0;: une requête de jeton nécessite le code d&apos;autorisation et son vérificateur PKCE (code_verifier).</translation>
    </message>
    <message>
        <source>A sign-in is already in progress; finish it in the browser or cancel it first.</source>
        <translation>Une connexion est déjà en cours&#xa0;; terminez-la d&apos;abord dans le navigateur ou annulez-la.</translation>
    </message>
    <message>
        <source>The sign-in did not finish within %1: nobody completed the identity provider&apos;s page in the browser. Try again.</source>
        <translation>La connexion ne s&apos;est pas terminée dans un délai de %1&#xa0;: personne n&apos;a complété la page du fournisseur d&apos;identité dans le navigateur. Réessayez.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The renewed sign-in names another user than the saved one; it was refused. Sign in again.</source>
        <translation>La connexion renouvelée désigne un autre utilisateur que la connexion enregistrée&#xa0;; elle a été refusée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Saved sign-ins are turned off (no keychain); sign in again.</source>
        <translation>Les connexions enregistrées sont désactivées (pas de trousseau de clés)&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in is already being renewed.</source>
        <translation>La connexion est déjà en cours de renouvellement.</translation>
    </message>
    <message>
        <source>There is no saved sign-in with %1 in the %2; sign in again.</source>
        <translation>Aucune connexion enregistrée auprès de %1 ne figure dans %2&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The identity provider renewed the sign-in without an ID token, so Custos cannot confirm who is signed in. Sign in again.</source>
        <translation>Le fournisseur d&apos;identité a renouvelé la connexion sans jeton d&apos;identité (ID token)&#xa0;; Custos ne peut donc pas confirmer qui est connecté. Reconnectez-vous.</translation>
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
        <translation>Séries</translation>
    </message>
    <message>
        <source>Reading headers… %1 of %2 files</source>
        <translation>Lecture des en-têtes… %1 fichiers sur %2</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;; use one of %2.</source>
        <translation>Disposition «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>&amp;Arrêter le chargement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>&amp;MPR (axial, coronal, sagittal)</source>
        <translation>&amp;MPR (axiale, coronale, sagittale)</translation>
    </message>
    <message>
        <source>Shift-click places the cursor in all three planes.</source>
        <translation>Maj+clic place le curseur dans les trois plans.</translation>
    </message>
    <message>
        <source>S&amp;ynchronise Scrolling</source>
        <translation>&amp;Synchroniser le défilement</translation>
    </message>
    <message>
        <source>&amp;Window Presets</source>
        <translation>Préréglages de &amp;fenêtrage</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>From the file	0</source>
        <translation>Valeurs du fichier	0</translation>
    </message>
    <message>
        <source>&amp;Invert	I</source>
        <translation>&amp;Inverser	I</translation>
    </message>
    <message>
        <source>&amp;Reset View	R</source>
        <translation>&amp;Réinitialiser la vue	R</translation>
    </message>
    <message>
        <source>&amp;Cine	Space</source>
        <translation>&amp;Ciné	Space</translation>
    </message>
    <message>
        <source>Thick &amp;Slab	M</source>
        <translation>Coupe é&amp;paisse	M</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
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
        <translation>Moyenne 10 mm</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Window/Level	W</source>
        <translation>&amp;Fenêtrage	W</translation>
    </message>
    <message>
        <source>&amp;Distance	D</source>
        <translation>&amp;Distance	D</translation>
    </message>
    <message>
        <source>&amp;Angle	N</source>
        <translation>&amp;Angle	N</translation>
    </message>
    <message>
        <source>&amp;Ellipse ROI	E</source>
        <translation>ROI &amp;elliptique	E</translation>
    </message>
    <message>
        <source>&amp;Freehand ROI	G</source>
        <translation>ROI à &amp;main levée	G</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language changes the next time Custos starts.</source>
        <translation>La langue sera modifiée au prochain démarrage de Custos.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Clavier et souris</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Clavier et souris</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;window/level (or the active measuring tool)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Right drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Middle drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel, arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous/next slice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up/Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;jump a tenth of the series&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home/End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;first/last slice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1–8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the file&apos;s own window&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;I / R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;invert / reset view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space, + / −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cine on/off, faster/slower&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M, [ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;thick slab: MIP, MinIP, average, off; thinner/thicker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;W D N E G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;window/level, distance, angle, ellipse, freehand&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;remove the last measurement on this slice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift-click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move every view to this point (MPR cursor)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;MPR: axial, coronal, sagittal&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag a series&lt;/b&gt;&lt;/td&gt;&lt;td&gt;onto a viewport to show it there&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Glisser (bouton gauche)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fenêtrage (ou l&apos;outil de mesure actif)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Glisser (bouton droit)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Glisser (bouton central)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;déplacement&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Molette, flèches&lt;/b&gt;&lt;/td&gt;&lt;td&gt;coupe précédente/suivante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page préc./Page suiv.&lt;/b&gt;&lt;/td&gt;&lt;td&gt;avancer ou reculer d&apos;un dixième de la série&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Début/Fin&lt;/b&gt;&lt;/td&gt;&lt;td&gt;première/dernière coupe&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1–8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cerveau, sous-dural, AVC, poumon, médiastin, abdomen, foie, os&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fenêtrage défini dans le fichier&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;I / R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;inverser / réinitialiser la vue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Espace, + / −&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ciné marche/arrêt, plus rapide/plus lent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M, [ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;coupe épaisse&#xa0;: MIP, MinIP, moyenne, désactivée&#xa0;; plus fine/plus épaisse&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;W D N E G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fenêtrage, distance, angle, ellipse, main levée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Suppr&lt;/b&gt;&lt;/td&gt;&lt;td&gt;supprimer la dernière mesure de cette coupe&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Maj+clic&lt;/b&gt;&lt;/td&gt;&lt;td&gt;amener toutes les vues sur ce point (curseur MPR)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;MPR&#xa0;: axiale, coronale, sagittale&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Glisser une série&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sur une vue pour l&apos;y afficher&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Open a folder of DICOM files</source>
        <translation>Ouvrir un dossier de fichiers DICOM</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2  %3
%n image(s)</source>
        <translation>
            <numerusform>%1 %2  %3
%n image</numerusform>
            <numerusform>%1 %2  %3
%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; the rest is shown.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu&#xa0;; les autres sont affichés.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus&#xa0;; les autres sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No DICOM images were found.</source>
        <translation>Aucune image DICOM n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>No image could be read: %1</source>
        <translation>Aucune image n&apos;a pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>  loading %1%</source>
        <translation>  chargement&#xa0;%1&#xa0;%</translation>
    </message>
    <message>
        <source>Loading images %1 of %2…</source>
        <translation>Chargement des images&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of this series could not be decoded.</source>
        <translation>
            <numerusform>%n image de cette série n&apos;a pas pu être décodée.</numerusform>
            <numerusform>%n images de cette série n&apos;ont pas pu être décodées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images of this series could not be decoded: %1</source>
        <translation>Certaines images de cette série n&apos;ont pas pu être décodées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opened from the encrypted cache.</source>
        <translation>Ouvert depuis le cache chiffré.</translation>
    </message>
    <message>
        <source>Image review</source>
        <translation>Consultation d&apos;images</translation>
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
        <translation>Coronal</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <source>Drag a series here, or open a folder from the File menu</source>
        <translation>Faites glisser une série ici ou ouvrez un dossier depuis le menu «&#xa0;Fichier&#xa0;»</translation>
    </message>
    <message>
        <source>Im: %1/%2</source>
        <translation>Image&#xa0;: %1/%2</translation>
    </message>
    <message>
        <source>Loc: %1 mm</source>
        <translation>Pos.&#xa0;: %1 mm</translation>
    </message>
    <message>
        <source>Cine %1 fps</source>
        <translation>Ciné %1 fps</translation>
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
        <translation>Moyenne %1 mm</translation>
    </message>
    <message>
        <source>(%1, %2, %3): %4 %5</source>
        <translation>(%1, %2, %3)&#xa0;: %4 %5</translation>
    </message>
    <message>
        <source>Zoom: %1×</source>
        <translation>Zoom&#xa0;: %1×</translation>
    </message>
    <message>
        <source>W: %1  L: %2</source>
        <translation>W&#xa0;: %1  L&#xa0;: %2</translation>
    </message>
    <message>
        <source>  (inverted)</source>
        <translation>  (inversé)</translation>
    </message>
    <message>
        <source>Sp: %1 mm
%2×%3</source>
        <translation>Esp.&#xa0;: %1 mm
%2×%3</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Chargement… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>custos::ui::StudyLoader</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custos radiology viewer</source>
        <translation>Custos – visionneuse radiologique</translation>
    </message>
    <message>
        <source>DICOM files, folders or DICOMDIRs to open.</source>
        <translation>Fichiers DICOM, dossiers ou DICOMDIR à ouvrir.</translation>
    </message>
    <message>
        <source>Initial window preset (brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone).</source>
        <translation>Préréglage de fenêtrage initial (brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone).</translation>
    </message>
    <message>
        <source>Render once everything is loaded, save the window as PNG, and exit.</source>
        <translation>Effectuer le rendu une fois tout chargé, enregistrer la fenêtre au format PNG, puis quitter.</translation>
    </message>
    <message>
        <source>Viewport layout: 1x1, 1x2, 2x1, 2x2 or 1x3.</source>
        <translation>Disposition des vues&#xa0;: 1x1, 1x2, 2x1, 2x2 ou 1x3.</translation>
    </message>
    <message>
        <source>Show axial, coronal and sagittal views of the largest series.</source>
        <translation>Afficher les vues axiale, coronale et sagittale de la plus grande série.</translation>
    </message>
    <message>
        <source>Print the time to the first image and to the full load (for benchmarks).</source>
        <translation>Afficher le temps écoulé jusqu&apos;à la première image et jusqu&apos;au chargement complet (pour les mesures de performances).</translation>
    </message>
    <message>
        <source>Where Custos keeps its state.</source>
        <translation>Dossier dans lequel Custos conserve son état.</translation>
    </message>
</context>
</TS>
