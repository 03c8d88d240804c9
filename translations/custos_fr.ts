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
        <source>End User Display Device</source>
        <translation>Dispositif d&apos;affichage de l&apos;utilisateur final</translation>
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
