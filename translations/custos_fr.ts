<?xml version="1.0" encoding="utf-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AiOverlay</name>
    <message>
        <source>not approved</source>
        <translation>non approuvé</translation>
    </message>
    <message numerus="yes">
        <source>%n not approved</source>
        <translation>
            <numerusform>%n non approuvé</numerusform>
            <numerusform>%n non approuvés</numerusform>
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
    <name>QDialog</name>
    <message>
        <source>Comment on AI Finding</source>
        <translation>Commenter le résultat IA</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The Custos service is not running, so nothing can be recorded; ask IT to start it (custosd). Until then no patient data can be shown or exported. (%1)</source>
        <translation>Le service Custos ne fonctionne pas, donc rien ne peut être journalisé ; demandez au service informatique de le démarrer (custosd). D’ici là, aucune donnée patient ne peut être affichée ni exportée. (%1)</translation>
    </message>
    <message>
        <source>The program listening on %1 runs as %2, not as the Custos service account %3: it is not the Custos service, so nothing is sent to it. Tell IT.</source>
        <translation>Le programme qui écoute sur %1 s’exécute en tant que %2, et non en tant que compte de service Custos %3 : ce n’est pas le service Custos, rien ne lui est donc envoyé. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The Custos service account %1 does not exist on this computer, so the Custos service cannot be trusted. Ask IT to reinstall Custos.</source>
        <translation>Le compte de service Custos %1 n’existe pas sur cet ordinateur, on ne peut donc pas se fier au service Custos. Demandez au service informatique de réinstaller Custos.</translation>
    </message>
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
    <message>
        <source>The identity provider&apos;s certificate authority file %1 (identityProvider.caFile) could not be read or holds no PEM certificate; single sign-on cannot check the provider without it.</source>
        <translation>Le fichier de l&apos;autorité de certification (CA) du fournisseur d&apos;identité %1 (identityProvider.caFile) n&apos;a pas pu être lu ou ne contient aucun certificat PEM ; sans lui, l&apos;authentification unique (SSO) ne peut pas vérifier le fournisseur.</translation>
    </message>
    <message>
        <source>The cache could not make its new objects durable: %1</source>
        <translation>Le cache n&apos;a pas pu enregistrer durablement ses nouveaux objets : %1</translation>
    </message>
    <message>
        <source>The encrypted data is %1 bytes long, which does not fit the %2 bytes it should hold: it is truncated or not Custos data.</source>
        <translation>Les données chiffrées font %1 octets, ce qui ne correspond pas aux %2 octets qu&apos;elles devraient contenir : elles sont tronquées ou ne sont pas des données Custos.</translation>
    </message>
    <message>
        <source>The file is not DICOM: it has neither the DICM marker nor a recognisable DICOM dataset at its start.</source>
        <translation>Le fichier n&apos;est pas un fichier DICOM : il ne comporte ni le marqueur DICM ni un jeu de données DICOM reconnaissable à son début.</translation>
    </message>
    <message>
        <source>The image claims %1 × %2 pixels per frame, more than Custos reads (at most %3 MiB per frame); the file is damaged or hostile.</source>
        <translation>L&apos;image annonce %1 × %2 pixels par trame, plus que ce que Custos lit (au plus %3 Mio par trame) ; le fichier est endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The image claims %1 frames of %2 × %3 pixels, more than Custos reads (at most %4 GiB per file); the file is damaged or hostile.</source>
        <translation>L&apos;image annonce %1 trames de %2 × %3 pixels, plus que ce que Custos lit (au plus %4 Gio par fichier) ; le fichier est endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The compressed pixel data is malformed: its fragments cannot be found.</source>
        <translation>Les données de pixels compressées sont mal formées : leurs fragments sont introuvables.</translation>
    </message>
    <message>
        <source>The compressed pixel data holds no fragments, so there is no image to decode.</source>
        <translation>Les données de pixels compressées ne contiennent aucun fragment : il n&apos;y a donc aucune image à décoder.</translation>
    </message>
    <message>
        <source>Fragment %1 of the compressed pixel data is empty; the file is damaged.</source>
        <translation>Le fragment %1 des données de pixels compressées est vide ; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The file claims %1 frames, but its compressed pixel data holds only %2 fragments.</source>
        <translation>Le fichier annonce %1 trames, mais ses données de pixels compressées ne contiennent que %2 fragments.</translation>
    </message>
    <message>
        <source>The received instance is shorter than its pixel data must be.</source>
        <translation>L&apos;instance reçue est plus courte que ne l&apos;exigent ses données de pixels.</translation>
    </message>
    <message>
        <source>No data was received for this instance.</source>
        <translation>Aucune donnée n&apos;a été reçue pour cette instance.</translation>
    </message>
    <message>
        <source>The file is truncated or damaged: its element (%1,%2) claims %3 bytes, but only %4 follow it.</source>
        <translation>Le fichier est tronqué ou endommagé : son élément (%1,%2) annonce %3 octets, mais seuls %4 le suivent.</translation>
    </message>
    <message>
        <source>The file&apos;s sequences are nested more than %1 levels deep; such a file is damaged or made to crash readers, and Custos does not read it.</source>
        <translation>Les séquences du fichier sont imbriquées sur plus de %1 niveaux ; un tel fichier est endommagé ou conçu pour faire planter les logiciels de lecture, et Custos ne le lit pas.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert : %1.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ceci est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a pipe, socket or device), so Custos does not read it.</source>
        <translation>Ceci n&apos;est pas un fichier ordinaire (c&apos;est un tube, un socket ou un périphérique) ; Custos ne le lit donc pas.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <source>The file&apos;s deflated data cannot be inflated within 512 MiB, so Custos does not read it.</source>
        <translation>Les données compressées (deflate) du fichier ne peuvent pas être décompressées dans la limite de 512 Mio ; Custos ne le lit donc pas.</translation>
    </message>
    <message>
        <source>The file asks for more memory than Custos can give; it is damaged or hostile.</source>
        <translation>Le fichier demande plus de mémoire que Custos ne peut en fournir ; il est endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The file is damaged: DCMTK failed while parsing it.</source>
        <translation>Le fichier est endommagé : DCMTK a échoué lors de son analyse.</translation>
    </message>
    <message>
        <source>The received object is not a DICOM Part 10 stream (no DICM marker).</source>
        <translation>L&apos;objet reçu n&apos;est pas un flux DICOM Part 10 (pas de marqueur DICM).</translation>
    </message>
    <message>
        <source>The received instance could not be read again: %1</source>
        <translation>L&apos;instance reçue n&apos;a pas pu être relue : %1</translation>
    </message>
    <message>
        <source>the RLE data holds %1 fragments for %2 frames; each frame must be one fragment</source>
        <translation>les données RLE contiennent %1 fragments pour %2 trames ; chaque trame doit tenir en un seul fragment</translation>
    </message>
    <message>
        <source>the RLE data has no fragment for this frame</source>
        <translation>les données RLE ne contiennent aucun fragment pour cette trame</translation>
    </message>
    <message>
        <source>the RLE fragment is %1 bytes long, shorter than its 64-byte header</source>
        <translation>le fragment RLE fait %1 octets, moins que son en-tête de 64 octets</translation>
    </message>
    <message>
        <source>the RLE fragment could not be read</source>
        <translation>le fragment RLE n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the RLE header names %1 segments where the image needs %2</source>
        <translation>l&apos;en-tête RLE indique %1 segments alors que l&apos;image en nécessite %2</translation>
    </message>
    <message>
        <source>the RLE header&apos;s segment offsets are damaged</source>
        <translation>les décalages (offsets) des segments dans l&apos;en-tête RLE sont endommagés</translation>
    </message>
    <message>
        <source>the pixel data claims %1 bytes, more than the whole file holds</source>
        <translation>les données de pixels annoncent %1 octets, plus que n&apos;en contient le fichier entier</translation>
    </message>
    <message>
        <source>fragment %1 of the compressed pixel data is empty</source>
        <translation>le fragment %1 des données de pixels compressées est vide</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The file could not be read: an unexpected error occurred.</source>
        <translation>Le fichier n&apos;a pas pu être lu : une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <source>The series is too large to load: %1 images of %2 × %3 pixels need more than %4 GiB.</source>
        <translation>La série est trop volumineuse pour être chargée : %1 images de %2 × %3 pixels nécessitent plus de %4 Gio.</translation>
    </message>
    <message>
        <source>received instance %1</source>
        <translation>instance reçue %1</translation>
    </message>
    <message>
        <source>Decoding the image needs more memory than Custos can give; the file is damaged or hostile.</source>
        <translation>Le décodage de l&apos;image demande plus de mémoire que Custos ne peut en fournir ; le fichier est endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>L&apos;image n&apos;a pas pu être décodée : %1</translation>
    </message>
    <message>
        <source>The image could not be decoded: an unexpected error occurred.</source>
        <translation>L&apos;image n&apos;a pas pu être décodée : une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <source>There is not enough memory to load the series (%1 images of %2 × %3 pixels).</source>
        <translation>La mémoire est insuffisante pour charger la série (%1 images de %2 × %3 pixels).</translation>
    </message>
    <message>
        <source>The identity of the other process could not be read (%1).</source>
        <translation>L&apos;identité de l&apos;autre processus n&apos;a pas pu être déterminée (%1).</translation>
    </message>
    <message>
        <source>This system cannot tell which user is at the other end of a local socket.</source>
        <translation>Ce système ne peut pas déterminer quel utilisateur se trouve à l&apos;autre extrémité d&apos;un socket local.</translation>
    </message>
    <message>
        <source>There is no system account named %1.</source>
        <translation>Il n&apos;existe aucun compte système nommé %1.</translation>
    </message>
    <message>
        <source>The sealing key %1 cannot be read (%2). Was custosd --init run?</source>
        <translation>La clé de scellement %1 ne peut pas être lue (%2). custosd --init a-t-il été exécuté ?</translation>
    </message>
    <message>
        <source>The sealing key %1 is damaged.</source>
        <translation>La clé de scellement %1 est endommagée.</translation>
    </message>
    <message>
        <source>This is not a Custos verification key (expected one line &quot;custos-fss-v1:...&quot; as custosd --init wrote it).</source>
        <translation>Ceci n&apos;est pas une clé de vérification Custos (une ligne « custos-fss-v1:... » est attendue, telle que custosd --init l&apos;a écrite).</translation>
    </message>
    <message>
        <source>The verification key file %1 cannot be read (%2).</source>
        <translation>Le fichier de clé de vérification %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>The epoch length must be at least one second.</source>
        <translation>La durée d&apos;une époque doit être d&apos;au moins une seconde.</translation>
    </message>
    <message>
        <source>%1 already holds an audit trail; custosd --init runs once.</source>
        <translation>%1 contient déjà un journal d&apos;audit ; custosd --init ne s&apos;exécute qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>The state folder %1 could not be created.</source>
        <translation>Le dossier d&apos;état %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The verification key file %1 already exists; it is written once and never replaced.</source>
        <translation>Le fichier de clé de vérification %1 existe déjà ; il est écrit une seule fois et n&apos;est jamais remplacé.</translation>
    </message>
    <message>
        <source>The verification key file %1 could not be created (%2).</source>
        <translation>Le fichier de clé de vérification %1 n&apos;a pas pu être créé (%2).</translation>
    </message>
    <message>
        <source>The verification key file %1 could not be written.</source>
        <translation>Le fichier de clé de vérification %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 n&apos;a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>%1 could not be given to the service account (%2).</source>
        <translation>%1 n&apos;a pas pu être attribué au compte de service (%2).</translation>
    </message>
    <message>
        <source>The audit trail could not be written to disk (%1).</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être écrit sur le disque (%1).</translation>
    </message>
    <message>
        <source>The sealing key could not be moved to the next epoch (%1).</source>
        <translation>La clé de scellement n&apos;a pas pu passer à l&apos;époque suivante (%1).</translation>
    </message>
    <message>
        <source>The state folder %1 does not exist; run custosd --init first.</source>
        <translation>Le dossier d&apos;état %1 n&apos;existe pas ; exécutez d&apos;abord custosd --init.</translation>
    </message>
    <message>
        <source>The state folder %1 must belong to the account custosd runs as (%2) and be closed to everyone else (mode 0700).</source>
        <translation>Le dossier d&apos;état %1 doit appartenir au compte sous lequel custosd s&apos;exécute (%2) et être fermé à tous les autres (mode 0700).</translation>
    </message>
    <message>
        <source>The sealing key %1 cannot be opened for writing (%2).</source>
        <translation>La clé de scellement %1 ne peut pas être ouverte en écriture (%2).</translation>
    </message>
    <message>
        <source>Another custosd is already keeping the audit trail in %1.</source>
        <translation>Un autre custosd tient déjà le journal d&apos;audit dans %1.</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be read (%2).</source>
        <translation>Le journal d&apos;audit %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>The audit trail %1 does not belong to this sealing key.</source>
        <translation>Le journal d&apos;audit %1 n&apos;appartient pas à cette clé de scellement.</translation>
    </message>
    <message>
        <source>The audit trail %1 holds a record of epoch %2, later than its sealing key (epoch %3): the state was tampered with.</source>
        <translation>Le journal d&apos;audit %1 contient un enregistrement de l&apos;époque %2, postérieure à celle de sa clé de scellement (époque %3) : l&apos;état a été manipulé.</translation>
    </message>
    <message>
        <source>The torn end of the audit trail %1 could not be cut (%2).</source>
        <translation>La fin incomplète du journal d&apos;audit %1 n&apos;a pas pu être coupée (%2).</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be opened for writing (%2).</source>
        <translation>Le journal d&apos;audit %1 ne peut pas être ouvert en écriture (%2).</translation>
    </message>
    <message>
        <source>The last seal of the audit trail %1 is damaged.</source>
        <translation>Le dernier sceau du journal d&apos;audit %1 est endommagé.</translation>
    </message>
    <message>
        <source>%1 is not a Custos audit trail.</source>
        <translation>%1 n&apos;est pas un journal d&apos;audit Custos.</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be read past byte %2.</source>
        <translation>Le journal d&apos;audit %1 ne peut pas être lu au-delà de l&apos;octet %2.</translation>
    </message>
    <message>
        <source>This audit trail was not made with this verification key (it belongs to another custosd --init).</source>
        <translation>Ce journal d&apos;audit n&apos;a pas été créé avec cette clé de vérification (il appartient à un autre custosd --init).</translation>
    </message>
    <message>
        <source> The last %1 bytes are an unfinished write (never acknowledged).</source>
        <translation> Les %1 derniers octets sont une écriture inachevée (jamais confirmée).</translation>
    </message>
    <message>
        <source>The audit trail cannot be read at byte %1 (after record %2): it was damaged or edited.</source>
        <translation>Le journal d&apos;audit ne peut pas être lu à l&apos;octet %1 (après l&apos;enregistrement %2) : il a été endommagé ou modifié.</translation>
    </message>
    <message>
        <source>Record %1 is missing: record %2 follows record %3.</source>
        <translation>L&apos;enregistrement %1 manque : l&apos;enregistrement %2 suit l&apos;enregistrement %3.</translation>
    </message>
    <message>
        <source>Record %1 appears again (or out of order) after record %2.</source>
        <translation>L&apos;enregistrement %1 apparaît de nouveau (ou dans le désordre) après l&apos;enregistrement %2.</translation>
    </message>
    <message>
        <source>Record %1 does not link to the record before it: a record was removed, inserted or changed there.</source>
        <translation>L&apos;enregistrement %1 n&apos;est pas chaîné à l&apos;enregistrement qui le précède : un enregistrement y a été supprimé, inséré ou modifié.</translation>
    </message>
    <message>
        <source>Record %1 is sealed with the key of epoch %2, but its place in the trail belongs to epoch %3 (epoch %3 was never sealed): a record of a past epoch was re-sealed with a later key, or records were removed.</source>
        <translation>L&apos;enregistrement %1 est scellé avec la clé de l&apos;époque %2, mais sa place dans le journal appartient à l&apos;époque %3 (l&apos;époque %3 n&apos;a jamais été scellée) : un enregistrement d&apos;une époque passée a été rescellé avec une clé ultérieure, ou des enregistrements ont été supprimés.</translation>
    </message>
    <message>
        <source>Record %1 claims epoch %2, which was already sealed before it: it was added afterwards.</source>
        <translation>L&apos;enregistrement %1 indique l&apos;époque %2, qui avait déjà été scellée avant lui : il a été ajouté après coup.</translation>
    </message>
    <message>
        <source>Record %1 is dated %2, which belongs to epoch %3, but it is sealed with the key of epoch %4: it was re-sealed with another epoch&apos;s key.</source>
        <translation>L&apos;enregistrement %1 est daté du %2, qui appartient à l&apos;époque %3, mais il est scellé avec la clé de l&apos;époque %4 : il a été rescellé avec la clé d&apos;une autre époque.</translation>
    </message>
    <message>
        <source>Record %1 is dated %2, before the record ahead of it.</source>
        <translation>L&apos;enregistrement %1 est daté du %2, antérieurement à l&apos;enregistrement qui le précède.</translation>
    </message>
    <message>
        <source>Record %1 (epoch %2, %3) was changed after it was sealed: its seal does not match the key of its epoch.</source>
        <translation>L&apos;enregistrement %1 (époque %2, %3) a été modifié après avoir été scellé : son sceau ne correspond pas à la clé de son époque.</translation>
    </message>
    <message>
        <source>The seal of epoch %1 (record %2) names no later epoch.</source>
        <translation>Le sceau de l&apos;époque %1 (enregistrement %2) n&apos;indique aucune époque ultérieure.</translation>
    </message>
    <message>
        <source>OK: %1 records, chain intact; %2 epochs sealed%3. %4 records since the last seal are protected by the current key only.%5</source>
        <translation>OK : %1 enregistrements, chaîne intacte ; %2 époques scellées%3. %4 enregistrements postérieurs au dernier sceau ne sont protégés que par la clé actuelle.%5</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation> (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>The service key %1 cannot be read (%2).</source>
        <translation>La clé du service %1 ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>the Custos service&apos;s state folder</source>
        <translation>le dossier d&apos;état du service Custos</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged; no ticket can be trusted until it is restored.</source>
        <translation>%1 est endommagé ; aucun ticket ne peut être considéré comme fiable tant qu&apos;il n&apos;est pas restauré.</translation>
    </message>
    <message>
        <source>The service&apos;s key folder %1 could not be made.</source>
        <translation>Le dossier de clés du service %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>custosd does not know the account action &quot;%1&quot;.</source>
        <translation>custosd ne connaît pas l&apos;action de compte « %1 ».</translation>
    </message>
    <message>
        <source>This site requires a second factor and the identity provider did not report one for %1. Sign in with your second factor at the provider, or ask your administrator for a one-time enrolment code (custos-cli users issue-enrolment %1) to set up a Custos code.</source>
        <translation>Ce site exige un second facteur et le fournisseur d&apos;identité n&apos;en a signalé aucun pour %1. Connectez-vous avec votre second facteur chez le fournisseur, ou demandez à votre administrateur un code d&apos;inscription à usage unique (custos-cli users issue-enrolment %1) pour configurer un code Custos.</translation>
    </message>
    <message>
        <source>The identity provider did not report a second factor for %1; give your Custos one-time code.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a signalé aucun second facteur pour %1 ; saisissez votre code Custos à usage unique.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the service closed the connection before confirming the record</source>
        <translation>le service a fermé la connexion avant de confirmer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse dans un délai de %1 ms</translation>
    </message>
    <message>
        <source>the request could not be sent to %1</source>
        <translation>la requête n&apos;a pas pu être envoyée à %1</translation>
    </message>
    <message>
        <source>The Custos service answered another request; the connection is reset.</source>
        <translation>Le service Custos a répondu à une autre requête ; la connexion est réinitialisée.</translation>
    </message>
    <message>
        <source>The Custos service did not issue a sign-in ticket.</source>
        <translation>Le service Custos n&apos;a pas délivré de ticket de connexion.</translation>
    </message>
    <message>
        <source>The Custos service did not confirm the record.</source>
        <translation>Le service Custos n&apos;a pas confirmé l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The service&apos;s folder %1 could not be made.</source>
        <translation>Le dossier du service %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 n&apos;est pas un JSON valide (%2).</translation>
    </message>
    <message>
        <source>%1 must name the service &quot;account&quot; and an absolute &quot;socket&quot; path.</source>
        <translation>%1 doit indiquer le compte du service (« account ») et un chemin absolu de socket (« socket »).</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is no longer read there: the backlog ceiling is part of the site policy now (&quot;auditCollector&quot;: {&quot;backlogCeiling&quot;: {&quot;records&quot;: N, &quot;hours&quot;: H}}, policy version 2). Move it into the policy and remove it from %1.</source>
        <translation>%1 indique « %2 », qui n&apos;y est plus lu : le plafond d&apos;arriéré fait désormais partie de la politique du site (&quot;auditCollector&quot;: {&quot;backlogCeiling&quot;: {&quot;records&quot;: N, &quot;hours&quot;: H}}, version 2 de la politique). Déplacez-le dans la politique et supprimez-le de %1.</translation>
    </message>
    <message>
        <source>A message of %1 bytes is larger than the %2 bytes allowed; the connection is closed.</source>
        <translation>Un message de %1 octets dépasse les %2 octets autorisés ; la connexion est fermée.</translation>
    </message>
    <message>
        <source>An empty message was received.</source>
        <translation>Un message vide a été reçu.</translation>
    </message>
    <message>
        <source>A message is not valid CBOR (%1).</source>
        <translation>Un message n&apos;est pas du CBOR valide (%1).</translation>
    </message>
    <message>
        <source>A message must be a CBOR map.</source>
        <translation>Un message doit être une table (map) CBOR.</translation>
    </message>
    <message>
        <source>The audit event is missing or not a map.</source>
        <translation>L&apos;événement d&apos;audit est absent ou n&apos;est pas une table (map).</translation>
    </message>
    <message>
        <source>The audit event holds something that is not plain JSON (a tag, bytes, a non-text key, or too deep).</source>
        <translation>L&apos;événement d&apos;audit contient quelque chose qui n&apos;est pas du JSON simple (une étiquette, des octets, une clé non textuelle, ou une imbrication trop profonde).</translation>
    </message>
    <message>
        <source>The audit collector %1 has not received %2 audit records (the oldest is %3 minutes old), more than this site allows; new actions on patient data are refused until delivery catches up. Tell IT.%4</source>
        <translation>Le collecteur d&apos;audit %1 n&apos;a pas reçu %2 enregistrements d&apos;audit (le plus ancien attend depuis %3 minutes), plus que ce site ne l&apos;autorise ; les nouvelles actions sur des données patient sont refusées jusqu&apos;à ce que la transmission ait rattrapé son retard. Prévenez le service informatique.%4</translation>
    </message>
    <message>
        <source>custosd cannot listen on %1 (%2).</source>
        <translation>custosd ne peut pas écouter sur %1 (%2).</translation>
    </message>
    <message>
        <source>This custosd speaks protocol version %1; the program asking speaks another. Install matching versions.</source>
        <translation>Ce custosd parle la version %1 du protocole ; le programme qui l&apos;interroge en parle une autre. Installez des versions correspondantes.</translation>
    </message>
    <message>
        <source>An action on patient data needs a signed-in person, and this request carried no sign-in ticket. Sign in first.</source>
        <translation>Une action sur des données patient nécessite une personne connectée, et cette requête ne comportait aucun ticket de connexion. Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>custosd does not know the request &quot;%1&quot;.</source>
        <translation>custosd ne connaît pas la requête « %1 ».</translation>
    </message>
    <message>
        <source>The Custos service could not reach the identity provider for its %1 at %2: %3.</source>
        <translation>Le service Custos n&apos;a pas pu joindre le fournisseur d&apos;identité pour obtenir son %1 à l&apos;adresse %2 : %3.</translation>
    </message>
    <message>
        <source>The identity provider answered HTTP %1 when the Custos service asked for its %2 at %3.</source>
        <translation>Le fournisseur d&apos;identité a répondu HTTP %1 lorsque le service Custos lui a demandé son %2 à l&apos;adresse %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); no single sign-on can be accepted until it can.</source>
        <translation>%1 ne peut pas être lu (%2) ; aucune authentification unique (SSO) ne peut être acceptée tant qu&apos;il ne peut pas l&apos;être.</translation>
    </message>
    <message>
        <source>%1 is damaged; no single sign-on can be accepted until it is restored.</source>
        <translation>%1 est endommagé ; aucune authentification unique (SSO) ne peut être acceptée tant qu&apos;il n&apos;est pas restauré.</translation>
    </message>
    <message>
        <source>The identity provider did not ask for your password again (its sign-in is from %1, before this confirmation was asked for at %2); the confirmation was refused.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas redemandé votre mot de passe (sa connexion date de %1, avant que cette confirmation ne soit demandée à %2) ; la confirmation a été refusée.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s sign-in is from %1, older than this site&apos;s longest session; sign in at the provider again.</source>
        <translation>La connexion auprès du fournisseur d&apos;identité date de %1, ce qui dépasse la durée de session la plus longue de ce site ; reconnectez-vous auprès du fournisseur.</translation>
    </message>
    <message>
        <source>You signed in at the identity provider as %1, but none of your groups there (%2) is given a Custos role by this site&apos;s policy. Ask your administrator.</source>
        <translation>Vous vous êtes connecté auprès du fournisseur d&apos;identité en tant que %1, mais aucun de vos groupes chez celui-ci (%2) ne reçoit de rôle Custos dans la politique de ce site. Demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>The sign-in ticket is not valid: it was not issued by this computer&apos;s Custos service or it was changed. Sign in again.</source>
        <translation>Le ticket de connexion n&apos;est pas valide : il n&apos;a pas été délivré par le service Custos de cet ordinateur, ou il a été modifié. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 key.</source>
        <translation>OpenSSL n&apos;a pas pu créer de clé Ed25519.</translation>
    </message>
    <message>
        <source>The ticket signing key is not an Ed25519 private key.</source>
        <translation>La clé de signature des tickets n&apos;est pas une clé privée Ed25519.</translation>
    </message>
    <message>
        <source>The Custos service&apos;s public key is not an Ed25519 public key.</source>
        <translation>La clé publique du service Custos n&apos;est pas une clé publique Ed25519.</translation>
    </message>
    <message>
        <source>Only the Custos service signs tickets.</source>
        <translation>Seul le service Custos signe les tickets.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the ticket.</source>
        <translation>OpenSSL n&apos;a pas pu signer le ticket.</translation>
    </message>
    <message>
        <source>The ticket signing key %1 cannot be read (%2).</source>
        <translation>La clé de signature des tickets %1 ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>The ticket signing key %1 could not be given to the service account.</source>
        <translation>La clé de signature des tickets %1 n&apos;a pas pu être attribuée au compte de service.</translation>
    </message>
    <message>
        <source>The Custos service&apos;s public key %1 is missing, so no sign-in can be trusted. Ask IT to run custosd --init (the installer does).</source>
        <translation>La clé publique %1 du service Custos est absente : aucune connexion ne peut donc être considérée comme fiable. Demandez au service informatique d&apos;exécuter custosd --init (le programme d&apos;installation le fait).</translation>
    </message>
    <message>
        <source>%1 could not be made readable.</source>
        <translation>%1 n&apos;a pas pu être rendu lisible.</translation>
    </message>
    <message>
        <source>This sign-in ticket belongs to another operating-system user; it is refused. Sign in yourself.</source>
        <translation>Ce ticket de connexion appartient à un autre utilisateur du système d&apos;exploitation ; il est refusé. Connectez-vous vous-même.</translation>
    </message>
    <message>
        <source>Your sign-in expired at %1. Sign in again.</source>
        <translation>Votre connexion a expiré à %1. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The audit trail ends before record %1.</source>
        <translation>Le journal d&apos;audit se termine avant l&apos;enregistrement %1.</translation>
    </message>
    <message>
        <source>The audit trail holds record %1 where record %2 should be.</source>
        <translation>Le journal d&apos;audit contient l&apos;enregistrement %1 à la place de l&apos;enregistrement %2.</translation>
    </message>
    <message>
        <source>Audit record %1 cannot be read from the trail.</source>
        <translation>L&apos;enregistrement d&apos;audit %1 ne peut pas être lu dans le journal.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only an operating-system administrator (root, or a member of a group the site policy names) or a signed-in Custos administrator may manage Custos accounts.</source>
        <translation>Seul un administrateur du système d&apos;exploitation (root, ou un membre d&apos;un groupe que la politique du site désigne) ou un administrateur Custos connecté peut gérer les comptes Custos.</translation>
    </message>
    <message>
        <source>You signed out with this ticket; sign in again.</source>
        <translation>Vous vous êtes déconnecté avec ce ticket ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your account was changed or removed by an administrator since you signed in, so your sign-in no longer counts. Sign in again (or ask your administrator).</source>
        <translation>Votre compte a été modifié ou supprimé par un administrateur depuis votre connexion ; votre connexion ne compte donc plus. Reconnectez-vous (ou adressez-vous à votre administrateur).</translation>
    </message>
    <message>
        <source>The identity provider signed in someone else; only the person of this session may confirm it.</source>
        <translation>Le fournisseur d&apos;identité a connecté quelqu&apos;un d&apos;autre ; seule la personne de cette session peut la confirmer.</translation>
    </message>
    <message>
        <source>Sign in first: this request carried no sign-in ticket.</source>
        <translation>Connectez-vous d&apos;abord : cette demande ne contenait aucun ticket de connexion.</translation>
    </message>
    <message>
        <source>There is no emergency access of yours with that id.</source>
        <translation>Il n&apos;existe aucun accès d&apos;urgence à votre nom avec cet identifiant.</translation>
    </message>
    <message>
        <source>Emergency access needs you to sign in again (password and code, or your identity provider once more); the request carried no fresh sign-in.</source>
        <translation>L&apos;accès d&apos;urgence exige que vous vous reconnectiez (mot de passe et code, ou à nouveau auprès de votre fournisseur d&apos;identité) ; la demande ne contenait aucune nouvelle connexion.</translation>
    </message>
    <message>
        <source>Emergency access needs you to sign in again; the request carried the session&apos;s own sign-in instead of a new one.</source>
        <translation>L&apos;accès d&apos;urgence exige que vous vous reconnectiez ; la demande contenait la connexion de la session elle-même au lieu d&apos;une nouvelle.</translation>
    </message>
    <message>
        <source>Emergency access needs a sign-in made for it: your password again, or your identity provider asking for it again. The request carried an earlier sign-in, so it was refused.</source>
        <translation>L&apos;accès d&apos;urgence exige une connexion faite pour lui : à nouveau votre mot de passe, ou votre fournisseur d&apos;identité qui vous le redemande. La demande contenait une connexion antérieure ; elle a donc été refusée.</translation>
    </message>
    <message>
        <source>The fresh sign-in could not be used up, so emergency access was not granted: %1</source>
        <translation>La nouvelle connexion n&apos;a pas pu être consommée ; l&apos;accès d&apos;urgence n&apos;a donc pas été accordé : %1</translation>
    </message>
    <message>
        <source>custosd does not know the action &quot;%1&quot;.</source>
        <translation>custosd ne connaît pas l&apos;action « %1 ».</translation>
    </message>
    <message>
        <source>custosd does not know the break-glass action &quot;%1&quot;.</source>
        <translation>custosd ne connaît pas l&apos;action d&apos;accès d&apos;urgence « %1 ».</translation>
    </message>
    <message>
        <source>custosd does not know the training action &quot;%1&quot;.</source>
        <translation>custosd ne connaît pas l&apos;action de formation « %1 ».</translation>
    </message>
    <message>
        <source>discovery document</source>
        <translation>document de découverte</translation>
    </message>
    <message>
        <source>key set (JWKS)</source>
        <translation>jeu de clés (JWKS)</translation>
    </message>
    <message>
        <source>A single sign-on needs the ID token and the nonce of the sign-in request; the request carried neither or only one.</source>
        <translation>Une authentification unique (SSO) nécessite le jeton d&apos;identité et le nonce de la demande de connexion ; la demande ne contenait ni l&apos;un ni l&apos;autre, ou un seul des deux.</translation>
    </message>
    <message>
        <source>The identity provider did not say when you signed in (no auth_time in the ID token), so the Custos service refused it.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas indiqué quand vous vous êtes connecté (pas d&apos;auth_time dans le jeton d&apos;identité) ; le service Custos l&apos;a donc refusée.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s sign-in time (auth_time) lies in the future; check the clocks. The sign-in was refused.</source>
        <translation>L&apos;heure de connexion indiquée par le fournisseur d&apos;identité (auth_time) est dans le futur ; vérifiez les horloges. La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The confirmation was asked for too long ago (or in the future); confirm again.</source>
        <translation>La confirmation a été demandée il y a trop longtemps (ou dans le futur) ; confirmez à nouveau.</translation>
    </message>
    <message>
        <source>This ID token was already used for a sign-in; a token counts once. Sign in again at the identity provider.</source>
        <translation>Ce jeton d&apos;identité a déjà servi à une connexion ; un jeton ne compte qu&apos;une fois. Reconnectez-vous auprès du fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Méta</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Inser</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Page préc.</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Page suiv.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impr. écran</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>De-identified</source>
        <translation>Dé-identifié</translation>
    </message>
    <message>
        <source>Contains PHI</source>
        <translation>Contient des données de santé identifiantes (PHI)</translation>
    </message>
</context>
<context>
    <name>custos::ai</name>
    <message>
        <source>%1 is not an AI result Custos reads (SOP Class %2): expected a SEG, parametric map, SR, presentation state or Custos JSON document.</source>
        <translation>%1 n&apos;est pas un résultat IA lisible par Custos (classe SOP %2) : un SEG, une carte paramétrique, un SR, un état de présentation ou un document JSON Custos est attendu.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>It references no series that is loaded.</source>
        <translation>Il ne référence aucune série chargée.</translation>
    </message>
    <message numerus="yes">
        <source>It references %n image(s) that are not loaded.</source>
        <translation>
            <numerusform>Il référence %n image qui n&apos;est pas chargée.</numerusform>
            <numerusform>Il référence %n images qui ne sont pas chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No demo CT series of %1 slices was found in %2.</source>
        <translation>Aucune série TDM de démonstration de %1 coupes n&apos;a été trouvée dans %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The demo CT series disappeared while its AI results were written.</source>
        <translation>La série TDM de démonstration a disparu pendant l&apos;écriture de ses résultats IA.</translation>
    </message>
    <message>
        <source>No demo study in %1: run custos-cli make-demo first.</source>
        <translation>Aucune étude de démonstration dans %1 : exécutez d&apos;abord custos-cli make-demo.</translation>
    </message>
    <message>
        <source>The demo slice %1 could not be read.</source>
        <translation>La coupe de démonstration %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The demo slice %1 has no position or pixel spacing.</source>
        <translation>La coupe de démonstration %1 n&apos;a ni position ni espacement des pixels.</translation>
    </message>
    <message>
        <source>The patient and study of the demo study could not be copied into the demo report.</source>
        <translation>Le patient et l&apos;étude de l&apos;étude de démonstration n&apos;ont pas pu être copiés dans le compte rendu de démonstration.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The demo report could not be encoded: %1</source>
        <translation>Le compte rendu de démonstration n&apos;a pas pu être encodé : %1</translation>
    </message>
    <message>
        <source>The demo report could not be saved to %1: %2</source>
        <translation>Le compte rendu de démonstration n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is truncated: the file ends in the middle of its data (%2).</source>
        <translation>%1 est tronqué : le fichier se termine au milieu de ses données (%2).</translation>
    </message>
    <message>
        <source>%1 could not be read as DICOM: %2</source>
        <translation>%1 n&apos;a pas pu être lu en tant que fichier DICOM : %2</translation>
    </message>
    <message>
        <source>Its pixel data is compressed (%1), which Custos cannot decode for this object.</source>
        <translation>Ses données de pixels sont compressées (%1), ce que Custos ne sait pas décoder pour cet objet.</translation>
    </message>
    <message>
        <source>It has no pixel data.</source>
        <translation>Il ne contient pas de données de pixels.</translation>
    </message>
    <message>
        <source>Its pixel data could not be read: the file is truncated or damaged.</source>
        <translation>Ses données de pixels n&apos;ont pas pu être lues : le fichier est tronqué ou endommagé.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>Parametric map</source>
        <translation>Carte paramétrique</translation>
    </message>
    <message>
        <source>Presentation state</source>
        <translation>État de présentation</translation>
    </message>
    <message>
        <source>Its Float Pixel Data could not be read.</source>
        <translation>Ses données Float Pixel Data n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Its Double Float Pixel Data could not be read.</source>
        <translation>Ses données Double Float Pixel Data n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Its integer pixel data has %1 bits allocated; Custos reads 8 and 16.</source>
        <translation>Ses données de pixels entières ont %1 bits alloués ; Custos lit 8 et 16.</translation>
    </message>
    <message>
        <source>Its pixel data is truncated: it holds %1 bytes, but %2 frames need %3.</source>
        <translation>Ses données de pixels sont tronquées : elles contiennent %1 octets, mais %2 trames en nécessitent %3.</translation>
    </message>
    <message>
        <source>The parametric map %1 cannot be shown. %2</source>
        <translation>La carte paramétrique %1 ne peut pas être affichée. %2</translation>
    </message>
    <message>
        <source>It is not a DICOM Parametric Map (SOP Class %1).</source>
        <translation>Ce n&apos;est pas une carte paramétrique DICOM (classe SOP %1).</translation>
    </message>
    <message>
        <source>It has no Rows, Columns or frames.</source>
        <translation>Elle n&apos;a ni Rows, ni Columns, ni trames.</translation>
    </message>
    <message>
        <source>Frame count mismatch: Number of Frames is %1, but the Per-frame Functional Groups Sequence describes %2 frames.</source>
        <translation>Nombre de trames incohérent : Number of Frames vaut %1, mais la Per-frame Functional Groups Sequence décrit %2 trames.</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>%1 frames reference images that are not in the source series: frames %2.</source>
        <translation>%1 trames référencent des images absentes de la série source : trames %2.</translation>
    </message>
    <message>
        <source>%1 frames could not be placed on the series: frames %2.</source>
        <translation>%1 trames n&apos;ont pas pu être placées sur la série : trames %2.</translation>
    </message>
    <message>
        <source>The source image %1 could not be read.</source>
        <translation>L&apos;image source %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The parametric map could not be written: it has no grid.</source>
        <translation>La carte paramétrique n&apos;a pas pu être écrite : elle n&apos;a pas de grille.</translation>
    </message>
    <message>
        <source>The parametric map could not be written to %1: %2</source>
        <translation>La carte paramétrique n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>A graphic of unknown type &quot;%1&quot; is not shown.</source>
        <translation>Un graphique de type inconnu « %1 » n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>A %1 graphic without valid points is not shown.</source>
        <translation>Un graphique %1 sans points valides n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Window in the presentation state (not applied)</source>
        <translation>Fenêtrage de l&apos;état de présentation (non appliqué)</translation>
    </message>
    <message>
        <source>centre %1, width %2</source>
        <translation>centre %1, largeur %2</translation>
    </message>
    <message>
        <source>The presentation state could not be read: %1</source>
        <translation>L&apos;état de présentation n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The file is not a softcopy presentation state (its SOP class is %1).</source>
        <translation>Le fichier n&apos;est pas un état de présentation (softcopy presentation state) ; sa classe SOP est %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>The presentation state is damaged: it does not say which series it applies to.</source>
        <translation>L&apos;état de présentation est endommagé : il n&apos;indique pas à quelle série il s&apos;applique.</translation>
    </message>
    <message>
        <source>The presentation state has no annotations to show.</source>
        <translation>L&apos;état de présentation ne contient aucune annotation à afficher.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Wrong location</source>
        <translation>Mauvaise localisation</translation>
    </message>
    <message>
        <source>Wrong measurement</source>
        <translation>Mesure erronée</translation>
    </message>
    <message>
        <source>Clinically irrelevant</source>
        <translation>Non pertinent cliniquement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) still wait for a decision.</source>
        <translation>
            <numerusform>%n résultat attend encore une décision.</numerusform>
            <numerusform>%n résultats attendent encore une décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>An AI object could not be read again to reference it from the review: %1</source>
        <translation>Un objet IA n&apos;a pas pu être relu pour être référencé depuis la revue : %1</translation>
    </message>
    <message>
        <source>An AI object has no study or series UID; the review cannot reference it.</source>
        <translation>Un objet IA n&apos;a pas d&apos;UID d&apos;étude ou de série ; la revue ne peut pas le référencer.</translation>
    </message>
    <message>
        <source>The patient and study of the AI objects could not be copied into the review.</source>
        <translation>Le patient et l&apos;étude des objets IA n&apos;ont pas pu être copiés dans la revue.</translation>
    </message>
    <message>
        <source>The review has no decisions to save yet.</source>
        <translation>La revue ne contient encore aucune décision à enregistrer.</translation>
    </message>
    <message>
        <source>A signed review needs the organization of the reviewer (the site name in the settings).</source>
        <translation>Une revue signée nécessite l&apos;organisation du relecteur (le nom du site dans les paramètres).</translation>
    </message>
    <message>
        <source>The review needs at least one DICOM AI object of the study (SEG, SR or presentation state) to take the patient and study from.</source>
        <translation>La revue nécessite au moins un objet IA DICOM de l&apos;étude (SEG, SR ou état de présentation) dont reprendre le patient et l&apos;étude.</translation>
    </message>
    <message>
        <source>The review has a decision on finding %1 of an AI object that is not loaded.</source>
        <translation>La revue contient une décision sur le résultat %1 d&apos;un objet IA qui n&apos;est pas chargé.</translation>
    </message>
    <message>
        <source>The review could not be marked as verified: %1</source>
        <translation>La revue n&apos;a pas pu être marquée comme vérifiée : %1</translation>
    </message>
    <message>
        <source>The review SR could not be encoded: %1</source>
        <translation>Le SR de revue n&apos;a pas pu être encodé : %1</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>La revue n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The file is not a review saved by Custos: it is not an Imaging Measurement Report.</source>
        <translation>Le fichier n&apos;est pas une revue enregistrée par Custos : ce n&apos;est pas un Imaging Measurement Report.</translation>
    </message>
    <message>
        <source>The file is a measurement report without review decisions; it was not saved by Custos&apos; review.</source>
        <translation>Le fichier est un compte rendu de mesures sans décisions de revue ; il n&apos;a pas été enregistré par la revue de Custos.</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>It has no Segment Sequence, so its segments are unknown.</source>
        <translation>Elle n&apos;a pas de Segment Sequence ; ses segments sont donc inconnus.</translation>
    </message>
    <message>
        <source>Segment %1 of its Segment Sequence has no Segment Number.</source>
        <translation>Le segment %1 de sa Segment Sequence n&apos;a pas de Segment Number.</translation>
    </message>
    <message>
        <source>It has segment number %1; Custos shows at most 255 binary segments.</source>
        <translation>Elle a le numéro de segment %1 ; Custos affiche au plus 255 segments binaires.</translation>
    </message>
    <message>
        <source>Segment number %1 is defined twice.</source>
        <translation>Le numéro de segment %1 est défini deux fois.</translation>
    </message>
    <message>
        <source>Its Number of Frames is %1.</source>
        <translation>Son Number of Frames vaut %1.</translation>
    </message>
    <message>
        <source>It has no Per-frame Functional Groups Sequence, so its frames cannot be tied to segments.</source>
        <translation>Elle n&apos;a pas de Per-frame Functional Groups Sequence ; ses trames ne peuvent donc pas être associées aux segments.</translation>
    </message>
    <message>
        <source>Number of Frames is missing and the pixel data holds %1 of the %2 frames the functional groups describe; only those were read.</source>
        <translation>Number of Frames est absent et les données de pixels contiennent %1 des %2 trames décrites par les groupes fonctionnels ; seules celles-ci ont été lues.</translation>
    </message>
    <message>
        <source>Its pixel data is truncated: it holds %1 bytes, but %2 frames of %3×%4 need %5.</source>
        <translation>Ses données de pixels sont tronquées : elles contiennent %1 octets, mais %2 trames de %3×%4 en nécessitent %5.</translation>
    </message>
    <message>
        <source>Frame %1 does not say which segment it belongs to.</source>
        <translation>La trame %1 n&apos;indique pas à quel segment elle appartient.</translation>
    </message>
    <message>
        <source>Frame %1 belongs to segment %2, which the Segment Sequence does not define.</source>
        <translation>La trame %1 appartient au segment %2, que la Segment Sequence ne définit pas.</translation>
    </message>
    <message>
        <source>The segmentation %1 cannot be shown. %2</source>
        <translation>La segmentation %1 ne peut pas être affichée. %2</translation>
    </message>
    <message>
        <source>It is not a DICOM Segmentation (SOP Class %1).</source>
        <translation>Ce n&apos;est pas une segmentation DICOM (classe SOP %1).</translation>
    </message>
    <message>
        <source>Its Segmentation Type is &quot;%1&quot;; Custos reads BINARY and FRACTIONAL.</source>
        <translation>Son Segmentation Type est « %1 » ; Custos lit BINARY et FRACTIONAL.</translation>
    </message>
    <message>
        <source>It has no Rows or Columns.</source>
        <translation>Elle n&apos;a ni Rows ni Columns.</translation>
    </message>
    <message>
        <source>Its Bits Allocated is %1; a %2 segmentation needs %3.</source>
        <translation>Son Bits Allocated vaut %1 ; une segmentation %2 nécessite %3.</translation>
    </message>
    <message>
        <source>Its Maximum Fractional Value is missing or not 1..255.</source>
        <translation>Son Maximum Fractional Value est absent ou n&apos;est pas compris entre 1 et 255.</translation>
    </message>
    <message>
        <source>The segmentation&apos;s frame of reference differs from the series&apos;: only frames that name the series&apos; images are shown.</source>
        <translation>Le référentiel (frame of reference) de la segmentation diffère de celui de la série : seules les trames qui désignent des images de la série sont affichées.</translation>
    </message>
    <message>
        <source>%1 frames could not be placed on the series (no matching image, no usable plane position): frames %2.</source>
        <translation>%1 trames n&apos;ont pas pu être placées sur la série (aucune image correspondante, aucune position de plan utilisable) : trames %2.</translation>
    </message>
    <message>
        <source>%1 frames have no plane position and were not counted: frames %2.</source>
        <translation>%1 trames n&apos;ont pas de position de plan et n&apos;ont pas été comptées : trames %2.</translation>
    </message>
    <message>
        <source>The segmentation could not be written: %1 (%2).</source>
        <translation>La segmentation n&apos;a pas pu être écrite : %1 (%2).</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot;</source>
        <translation>segment « %1 »</translation>
    </message>
    <message>
        <source>shared functional groups</source>
        <translation>groupes fonctionnels partagés</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>dimensions</translation>
    </message>
    <message>
        <source>frame of segment %1 at slice %2</source>
        <translation>trame du segment %1 à la coupe %2</translation>
    </message>
    <message>
        <source>The segmentation could not be written: it has no grid or no segments.</source>
        <translation>La segmentation n&apos;a pas pu être écrite : elle n&apos;a pas de grille ou pas de segments.</translation>
    </message>
    <message>
        <source>creating the object</source>
        <translation>création de l&apos;objet</translation>
    </message>
    <message>
        <source>taking patient and study from the source image</source>
        <translation>reprise du patient et de l&apos;étude depuis l&apos;image source</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <source>The SR could not be built (%1): %2</source>
        <translation>Le SR n&apos;a pas pu être construit (%1) : %2</translation>
    </message>
    <message>
        <source>The SR could not be built: a %1 item &quot;%2&quot; is not allowed there.</source>
        <translation>Le SR n&apos;a pas pu être construit : un élément %1 « %2 » n&apos;est pas autorisé à cet endroit.</translation>
    </message>
    <message>
        <source>The SR could not be built: the SOP class of image %1 is not known.</source>
        <translation>Le SR n&apos;a pas pu être construit : la classe SOP de l&apos;image %1 est inconnue.</translation>
    </message>
    <message>
        <source>An image region does not say which image it was drawn on; it is not shown on an image.</source>
        <translation>Une région d&apos;image n&apos;indique pas sur quelle image elle a été tracée ; elle n&apos;est affichée sur aucune image.</translation>
    </message>
    <message>
        <source>Measurement group %1</source>
        <translation>Groupe de mesures %1</translation>
    </message>
    <message>
        <source>Qualitative evaluations</source>
        <translation>Évaluations qualitatives</translation>
    </message>
    <message>
        <source>The measurement report contains no measurement groups.</source>
        <translation>Le compte rendu de mesures ne contient aucun groupe de mesures.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on an image</source>
        <translation>
            <numerusform>%n point sur une image</numerusform>
            <numerusform>%n points sur une image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) in patient space</source>
        <translation>
            <numerusform>%n point dans l&apos;espace patient</numerusform>
            <numerusform>%n points dans l&apos;espace patient</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>n&apos;est pas un champ de ce format</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be [column, row] with numbers &gt;= 0</source>
        <translation>doit être [colonne, ligne] avec des nombres &gt;= 0</translation>
    </message>
    <message>
        <source>must be [x, y, z] in millimetres</source>
        <translation>doit être [x, y, z] en millimètres</translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 1</source>
        <translation>doit être un nombre entier &gt;= 1</translation>
    </message>
    <message>
        <source>must hold 2 corners</source>
        <translation>doit contenir 2 coins</translation>
    </message>
    <message>
        <source>must hold at least 3 points</source>
        <translation>doit contenir au moins 3 points</translation>
    </message>
    <message>
        <source>must not be below min</source>
        <translation>ne doit pas être inférieur à min</translation>
    </message>
    <message>
        <source>must be &quot;box2d&quot;, &quot;polygon2d&quot; or &quot;box3d&quot;</source>
        <translation>doit être « box2d », « polygon2d » ou « box3d »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another finding</source>
        <translation>« %1 » est utilisé par un autre résultat</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be &quot;custos-ai-findings&quot;</source>
        <translation>doit être « custos-ai-findings »</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation>doit être une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>The JSON document</source>
        <translation>Le document JSON</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>%1 n&apos;est pas du JSON valide : %2 à la position %3.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <source>%1 does not follow the Custos AI findings format:
  %2</source>
        <translation>%1 ne respecte pas le format des résultats IA de Custos :
  %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; it is not a findings document.</source>
        <translation>%1 dépasse 64 Mo ; ce n&apos;est pas un document de résultats.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: DCMTK failed while parsing it.</source>
        <translation>%1 est endommagé : DCMTK a échoué lors de son analyse.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its pixel data claims %2 bytes, more than the whole file holds.</source>
        <translation>%1 est tronqué ou endommagé : ses données de pixels annoncent %2 octets, plus que n&apos;en contient le fichier entier.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Graphic</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Graphic layer</source>
        <translation>Calque graphique</translation>
    </message>
    <message>
        <source>An annotation in display units has no displayed area to place it; it is not shown.</source>
        <translation>Une annotation en unités d&apos;affichage n&apos;a pas de zone affichée où la placer ; elle n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>The review is signed; reopen it before changing a decision.</source>
        <translation>La revue est signée ; rouvrez-la avant de modifier une décision.</translation>
    </message>
    <message>
        <source>The finding to review is not identified (AI object or finding id missing).</source>
        <translation>Le résultat à examiner n&apos;est pas identifié (objet IA ou identifiant du résultat manquant).</translation>
    </message>
    <message>
        <source>A review decision needs the signed-in reviewer.</source>
        <translation>Une décision de revue nécessite que le relecteur soit connecté.</translation>
    </message>
    <message>
        <source>Choose why the finding is rejected.</source>
        <translation>Indiquez pourquoi le résultat est rejeté.</translation>
    </message>
    <message>
        <source>Rejecting for another reason needs a few words saying which.</source>
        <translation>Un rejet pour un autre motif nécessite quelques mots précisant lequel.</translation>
    </message>
    <message>
        <source>A correction needs a changed class, name, measurement or region.</source>
        <translation>Une correction demande une classe, un nom, une mesure ou une région modifiés.</translation>
    </message>
    <message>
        <source>Signing the review needs the signed-in reviewer.</source>
        <translation>La signature de la revue nécessite que le relecteur soit connecté.</translation>
    </message>
    <message>
        <source>The review is already signed.</source>
        <translation>La revue est déjà signée.</translation>
    </message>
    <message>
        <source>The measurement &quot;%1&quot; has no value.</source>
        <translation>La mesure « %1 » n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The structured report could not be read: %1</source>
        <translation>Le compte rendu structuré n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The file is not a DICOM structured report (its SOP class is %1).</source>
        <translation>Le fichier n&apos;est pas un compte rendu structuré DICOM (sa classe SOP est %1).</translation>
    </message>
    <message>
        <source>The structured report is without content: its Content Sequence or Value Type is missing.</source>
        <translation>Le compte rendu structuré est sans contenu : sa Content Sequence ou son Value Type est absent.</translation>
    </message>
    <message>
        <source>The structured report is damaged: %1</source>
        <translation>Le compte rendu structuré est endommagé : %1</translation>
    </message>
    <message>
        <source>The text of the structured report could not be converted to Unicode; some characters may show wrongly.</source>
        <translation>Le texte du compte rendu structuré n&apos;a pas pu être converti en Unicode ; certains caractères peuvent s&apos;afficher incorrectement.</translation>
    </message>
    <message>
        <source>The structured report has an empty content tree.</source>
        <translation>Le compte rendu structuré a une arborescence de contenu vide.</translation>
    </message>
    <message>
        <source>The structured report&apos;s content tree is nested more than %1 levels deep; it is damaged and Custos does not read it.</source>
        <translation>L&apos;arborescence du contenu du compte rendu structuré est imbriquée sur plus de %1 niveaux ; il est endommagé et Custos ne le lit pas.</translation>
    </message>
    <message>
        <source>The structured report&apos;s content tree refers back to itself (a reference to item %1 leads in a circle); it is damaged and Custos does not read it.</source>
        <translation>L&apos;arborescence du contenu du compte rendu structuré fait référence à elle-même (une référence à l&apos;élément %1 tourne en rond) ; il est endommagé et Custos ne le lit pas.</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
</context>
<context>
    <name>custos::app</name>
    <message>
        <source>Emergency access needs your identity provider to ask for your sign-in again; it did not, so nothing was granted.</source>
        <translation>L&apos;accès d&apos;urgence exige que votre fournisseur d&apos;identité vous redemande de vous connecter ; il ne l&apos;a pas fait, rien n&apos;a donc été accordé.</translation>
    </message>
    <message>
        <source>Sign in before asking for emergency access.</source>
        <translation>Connectez-vous avant de demander un accès d&apos;urgence.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The previous sign-in could not be ended by the Custos service: %1</source>
        <translation>La connexion précédente n&apos;a pas pu être terminée par le service Custos : %1</translation>
    </message>
</context>
<context>
    <name>custos::audit::purpose</name>
    <message>
        <source>Image review</source>
        <translation>Consultation d’images</translation>
    </message>
    <message>
        <source>Review of AI findings</source>
        <translation>Revue des résultats IA</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administration: read the policy</source>
        <translation>Administration : consulter la politique</translation>
    </message>
    <message>
        <source>Administration: export the audit trail</source>
        <translation>Administration : exporter le journal d’audit</translation>
    </message>
    <message>
        <source>Administration: break-glass review</source>
        <translation>Administration : revue des accès d’urgence</translation>
    </message>
    <message>
        <source>Export (menu or Ctrl+E)</source>
        <translation>Exporter (menu ou Ctrl+E)</translation>
    </message>
    <message>
        <source>Screenshot (--screenshot)</source>
        <translation>Capture d’écran (--screenshot)</translation>
    </message>
    <message>
        <source>Copy image to the clipboard</source>
        <translation>Copier l’image dans le presse-papiers</translation>
    </message>
    <message>
        <source>Print image</source>
        <translation>Imprimer l’image</translation>
    </message>
    <message>
        <source>Drag image out of the viewer</source>
        <translation>Faire glisser l’image hors de la visionneuse</translation>
    </message>
    <message>
        <source>Emergency access requested</source>
        <translation>Accès d’urgence demandé</translation>
    </message>
    <message>
        <source>Save measurements and key images with the study</source>
        <translation>Enregistrer les mesures et les images clés avec l&apos;étude</translation>
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
    <message>
        <source>The folder for the demo authenticator (%1) could not be created.</source>
        <translation>Le dossier de l&apos;authentificateur de démonstration (%1) n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>This data folder holds real accounts (for example &quot;%1&quot;): the demo users, whose passwords are public, are only created in a folder of their own. Start the demo with another --data-dir.</source>
        <translation>Ce dossier de données contient de vrais comptes (par exemple « %1 ») : les utilisateurs de démonstration, dont les mots de passe sont publics, ne sont créés que dans un dossier qui leur est propre. Lancez la démonstration avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>The demo user %1 could not be enrolled.</source>
        <translation>L&apos;utilisateur de démonstration %1 n&apos;a pas pu être enrôlé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: use 1 to 64 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (not starting with &quot;sso.&quot;).</source>
        <translation>« %1 » n&apos;est pas un nom de compte valide : utilisez de 1 à 64 caractères parmi les lettres a-z, les chiffres, « . », « _ » ou « - » (sans commencer par « sso. »).</translation>
    </message>
    <message>
        <source>An enrolment code needs the person&apos;s user name at the identity provider.</source>
        <translation>Un code d&apos;inscription nécessite le nom d&apos;utilisateur de la personne chez le fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>Step-up enrolment code for %1</source>
        <translation>Code d&apos;inscription pour l&apos;authentification renforcée de %1</translation>
    </message>
    <message>
        <source>A second factor can be enrolled here only after a single sign-on.</source>
        <translation>Un second facteur ne peut être enrôlé ici qu&apos;après une authentification unique (SSO).</translation>
    </message>
    <message>
        <source>A second factor of Custos for %1 can be set up only with a one-time enrolment code from an administrator (custos-cli users issue-enrolment %1), and %2. Ask your administrator for a code.</source>
        <translation>Un second facteur Custos pour %1 ne peut être configuré qu&apos;avec un code d&apos;inscription à usage unique délivré par un administrateur (custos-cli users issue-enrolment %1), et %2. Demandez un code à votre administrateur.</translation>
    </message>
    <message>
        <source>none was issued</source>
        <translation>aucun n&apos;a été délivré</translation>
    </message>
    <message>
        <source>the code issued has expired</source>
        <translation>le code délivré a expiré</translation>
    </message>
    <message>
        <source>the code given is not the one issued</source>
        <translation>le code saisi n&apos;est pas celui qui a été délivré</translation>
    </message>
    <message>
        <source>A second factor is already enrolled for %1. If the authenticator was lost, an administrator resets it with: custos-cli users reset-mfa %2</source>
        <translation>Un second facteur est déjà enrôlé pour %1. Si l&apos;authentificateur a été perdu, un administrateur le réinitialise avec : custos-cli users reset-mfa %2</translation>
    </message>
    <message>
        <source>Single sign-on step-up: %1 (%2)</source>
        <translation>Authentification renforcée après authentification unique (SSO) : %1 (%2)</translation>
    </message>
    <message>
        <source>No second factor is enrolled for %1 yet.</source>
        <translation>Aucun second facteur n&apos;est encore enrôlé pour %1.</translation>
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
    <message>
        <source>The identity provider signed in someone else; only the person of this session may confirm it.</source>
        <translation>Le fournisseur d&apos;identité a connecté quelqu&apos;un d&apos;autre ; seule la personne de cette session peut la confirmer.</translation>
    </message>
    <message>
        <source>The identity provider did not confirm a second factor for this sign-in, and this site requires one. Sign in again with your second factor.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas confirmé de second facteur pour cette connexion, et ce site en exige un. Reconnectez-vous avec votre second facteur.</translation>
    </message>
    <message>
        <source>The identity provider did not ask for your password again (its sign-in is from %1); the confirmation was refused.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas redemandé votre mot de passe (sa connexion date de %1) ; la confirmation a été refusée.</translation>
    </message>
    <message>
        <source>The identity provider did not say when you signed in (no auth_time), so the confirmation was refused.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas indiqué quand vous vous êtes connecté (pas d&apos;auth_time) ; la confirmation a été refusée.</translation>
    </message>
</context>
<context>
    <name>custos::deid</name>
    <message>
        <source>Burned In Annotation is YES: the pixels carry text that was not removed.</source>
        <translation>Burned In Annotation vaut YES : les pixels contiennent du texte qui n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>This kind of image (modality %1) often has text burned into the pixels and Burned In Annotation does not say NO: look at the pixels before release.</source>
        <translation>Ce type d&apos;image (modalité %1) comporte souvent du texte incrusté dans les pixels et Burned In Annotation n&apos;indique pas NO : examinez les pixels avant la diffusion.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Basic Profile</source>
        <translation>Profil de base (Basic Profile)</translation>
    </message>
    <message>
        <source>File %1 of the export could not be de-identified: %2</source>
        <translation>Le fichier %1 de l&apos;export n&apos;a pas pu être dé-identifié : %2</translation>
    </message>
    <message>
        <source>File %1 of the export could not be written to %2.</source>
        <translation>Le fichier %1 de l&apos;export n&apos;a pas pu être écrit dans %2.</translation>
    </message>
    <message>
        <source>Burned In Annotation is YES: the pixels show text, such as the patient&apos;s name, that de-identification cannot remove</source>
        <translation>Burned In Annotation vaut YES : les pixels montrent du texte, comme le nom du patient, que la dé-identification ne peut pas retirer</translation>
    </message>
    <message>
        <source>a secondary capture or screen capture: such images usually show patient data burned into the pixels</source>
        <translation>une capture secondaire ou d&apos;écran : ces images montrent souvent des données du patient dans les pixels</translation>
    </message>
    <message>
        <source>an ultrasound image: ultrasound machines burn the patient&apos;s name and ID into the pixels</source>
        <translation>une image d&apos;échographie : les échographes inscrivent le nom et l&apos;identifiant du patient dans les pixels</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF or CDA): its pages are not de-identified</source>
        <translation>un document encapsulé (PDF ou CDA) : ses pages ne sont pas dé-identifiées</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Custos does not export through links. Nothing was written.</source>
        <translation>%1 est un lien symbolique ; Custos n&apos;exporte pas à travers des liens. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder. Nothing was written.</source>
        <translation>%1 existe et n&apos;est pas un dossier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user; Custos does not put patient data into it. Nothing was written.</source>
        <translation>Le dossier %1 appartient à un autre utilisateur ; Custos n&apos;y dépose pas de données de patients. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was written.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This series was exported to %1 before: the folder exists. Nothing was written and nothing was overwritten. Choose another folder, or move the earlier export away first.</source>
        <translation>Cette série a déjà été exportée vers %1 : le dossier existe. Rien n&apos;a été écrit ni écrasé. Choisissez un autre dossier, ou déplacez d&apos;abord l&apos;export précédent.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was overwritten.</source>
        <translation>%1 existe déjà ; rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 n&apos;a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely; nothing was left behind.</source>
        <translation>%1 n&apos;a pas pu être écrit entièrement ; rien n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>File %1 of the export could not be made readable by you only; nothing was left behind.</source>
        <translation>Le fichier %1 de l&apos;export n&apos;a pas pu être rendu lisible par vous seul ; rien n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>the same SOP Instance UID as %1: written once</source>
        <translation>même SOP Instance UID que %1 : écrit une seule fois</translation>
    </message>
    <message>
        <source>This series was exported to %1 before: the folder exists. Nothing was written and nothing was overwritten. Choose another folder, move the earlier export away first, or add to it (--into-existing): files already there are then recognised by their SOP Instance UID and not written twice.</source>
        <translation>Cette série a déjà été exportée vers %1 : le dossier existe. Rien n&apos;a été écrit ni écrasé. Choisissez un autre dossier, déplacez d&apos;abord l&apos;export précédent, ou complétez-le (--into-existing) : les fichiers déjà présents sont alors reconnus à leur SOP Instance UID et ne sont pas écrits deux fois.</translation>
    </message>
    <message>
        <source>already in the export folder as %1</source>
        <translation>déjà présent dans le dossier d&apos;export sous le nom %1</translation>
    </message>
    <message>
        <source>Residual-risk check: %1 patients share %2 combinations of the details this export keeps (%3); the smallest group has %4 patient(s), and the project asks for at least %5. Nothing was written. Remove the patients who stand out, choose options that keep fewer details, or have a person allowed to override the risk check do so with a reason.</source>
        <translation>Contrôle du risque résiduel : %1 patients se partagent %2 combinaisons des informations que cet export conserve (%3) ; le plus petit groupe compte %4 patient(s), et le projet en exige au moins %5. Rien n&apos;a été écrit. Retirez les patients qui se distinguent, choisissez des options qui conservent moins d&apos;informations, ou demandez à une personne autorisée à passer outre le contrôle du risque de le faire en indiquant un motif.</translation>
    </message>
    <message>
        <source>The provenance manifest could not be written: %1 The export was removed.</source>
        <translation>Le manifeste de provenance n&apos;a pas pu être écrit : %1 L&apos;export a été supprimé.</translation>
    </message>
    <message>
        <source>The provenance summary could not be written: %1 The export was removed.</source>
        <translation>Le résumé de provenance n&apos;a pas pu être écrit : %1 L&apos;export a été supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a de-identification option Custos knows.</source>
        <translation>« %1 » n&apos;est pas une option de dé-identification connue de Custos.</translation>
    </message>
    <message>
        <source>Full dates and modified dates cannot both be retained: choose one.</source>
        <translation>Les dates complètes et les dates modifiées ne peuvent pas être conservées toutes les deux : choisissez l&apos;une ou l&apos;autre.</translation>
    </message>
    <message>
        <source>The file holds no DICOM data set to de-identify.</source>
        <translation>Le fichier ne contient aucun jeu de données DICOM à dé-identifier.</translation>
    </message>
    <message>
        <source>The file is a DICOMDIR (a media directory), not an instance: de-identify the instances it lists and write a new DICOMDIR for them.</source>
        <translation>Le fichier est un DICOMDIR (un répertoire de support), pas une instance : dé-identifiez les instances qu&apos;il répertorie et écrivez un nouveau DICOMDIR pour celles-ci.</translation>
    </message>
    <message>
        <source>Clean Pixel Data is not available: images with burned-in text are flagged for a person to review instead.</source>
        <translation>L&apos;option Clean Pixel Data n&apos;est pas disponible : les images contenant du texte incrusté sont signalées pour être examinées par une personne.</translation>
    </message>
    <message>
        <source>The data set has no SOP Instance UID; it was de-identified all the same.</source>
        <translation>Le jeu de données n&apos;a pas de SOP Instance UID ; il a tout de même été dé-identifié.</translation>
    </message>
    <message>
        <source>The de-identified copy must not overwrite the original file.</source>
        <translation>La copie dé-identifiée ne doit pas écraser le fichier d&apos;origine.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The original transfer syntax was unknown; written as Explicit VR Little Endian.</source>
        <translation>La syntaxe de transfert d&apos;origine était inconnue ; écrit en Explicit VR Little Endian.</translation>
    </message>
    <message>
        <source>The de-identified copy could not be written to the folder %1: %2</source>
        <translation>La copie dé-identifiée n&apos;a pas pu être écrite dans le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Clean Pixel Data</source>
        <translation>Nettoyage des données de pixels (Clean Pixel Data)</translation>
    </message>
    <message>
        <source>Clean Descriptors</source>
        <translation>Nettoyage des descripteurs (Clean Descriptors)</translation>
    </message>
    <message>
        <source>Retain Longitudinal Temporal Information Full Dates</source>
        <translation>Conservation des dates complètes (Retain Longitudinal Temporal Information Full Dates)</translation>
    </message>
    <message>
        <source>Retain Longitudinal Temporal Information Modified Dates</source>
        <translation>Conservation des dates modifiées (Retain Longitudinal Temporal Information Modified Dates)</translation>
    </message>
    <message>
        <source>Retain Patient Characteristics</source>
        <translation>Conservation des caractéristiques du patient (Retain Patient Characteristics)</translation>
    </message>
    <message>
        <source>Retain Device Identity</source>
        <translation>Conservation de l&apos;identité de l&apos;appareil (Retain Device Identity)</translation>
    </message>
    <message>
        <source>Retain Institution Identity</source>
        <translation>Conservation de l&apos;identité de l&apos;établissement (Retain Institution Identity)</translation>
    </message>
    <message>
        <source>Retain UIDs</source>
        <translation>Conservation des UID (Retain UIDs)</translation>
    </message>
    <message>
        <source>Retain Safe Private</source>
        <translation>Conservation des attributs privés sûrs (Retain Safe Private)</translation>
    </message>
</context>
<context>
    <name>custos::exports</name>
    <message>
        <source>The window shows no study, and a screenshot is an export of the studies on screen; nothing was written.</source>
        <translation>La fenêtre n’affiche aucune étude, et une capture d’écran est un export des études affichées ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>No permission to export these DICOM files; nothing was written.</source>
        <translation>Aucune autorisation d&apos;exporter ces fichiers DICOM ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The files may be written only to the folder that was checked (%1); nothing was written.</source>
        <translation>Les fichiers ne peuvent être écrits que dans le dossier vérifié (%1) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This is not a way for an image to leave Custos; nothing left.</source>
        <translation>Ce n&apos;est pas une voie par laquelle une image peut quitter Custos ; rien n&apos;est sorti.</translation>
    </message>
    <message>
        <source>No permission for this image to leave Custos; nothing left.</source>
        <translation>Aucune autorisation pour que cette image quitte Custos ; rien n&apos;est sorti.</translation>
    </message>
    <message>
        <source>No permission to write this image to a file; nothing was written.</source>
        <translation>Aucune autorisation d&apos;écrire cette image dans un fichier ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The image may be written only to the folder that was checked (%1); nothing was written.</source>
        <translation>L&apos;image ne peut être écrite que dans le dossier qui a été vérifié (%1) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The image is not of the series that was allowed; nothing was written.</source>
        <translation>L&apos;image ne fait pas partie de la série qui a été autorisée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There was no image to write; nothing was written.</source>
        <translation>Il n&apos;y avait aucune image à écrire ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was written.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No image of the study is known to copy the patient and study from; nothing was saved.</source>
        <translation>Aucune image de l&apos;étude n&apos;est connue pour en reprendre le patient et l&apos;étude ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>An image of the study could not be read to copy the patient and study from: %1</source>
        <translation>Une image de l&apos;étude n&apos;a pas pu être lue pour en reprendre le patient et l&apos;étude : %1</translation>
    </message>
    <message>
        <source>The study&apos;s character set could not be converted to Unicode; nothing was saved.</source>
        <translation>Le jeu de caractères de l&apos;étude n&apos;a pas pu être converti en Unicode ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The object could not be encoded: %1</source>
        <translation>L&apos;objet n&apos;a pas pu être encodé : %1</translation>
    </message>
    <message>
        <source>The presentation state names no image of the series; nothing was saved.</source>
        <translation>L&apos;état de présentation ne désigne aucune image de la série ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>There are more than %1 marks on one series; nothing was saved.</source>
        <translation>Une série porte plus de %1 marques ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A measurement has %1 points, which a presentation state cannot hold as drawn; nothing was saved.</source>
        <translation>Une mesure a %1 points, qu&apos;un état de présentation ne peut pas contenir tels que dessinés ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The image the patient would be copied from belongs to another study; nothing was saved.</source>
        <translation>L&apos;image dont le patient serait repris appartient à une autre étude ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The presentation state could not be built: %1</source>
        <translation>L&apos;état de présentation n&apos;a pas pu être construit : %1</translation>
    </message>
    <message>
        <source>No image is flagged as a key image; nothing was saved.</source>
        <translation>Aucune image n&apos;est marquée comme image clé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The patient and study could not be copied into the key object selection; nothing was saved.</source>
        <translation>Le patient et l&apos;étude n&apos;ont pas pu être repris dans la sélection d&apos;objets clés ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The key object selection could not be built: %1</source>
        <translation>La sélection d&apos;objets clés n&apos;a pas pu être construite : %1</translation>
    </message>
    <message>
        <source>The key object selection could not be encoded: %1</source>
        <translation>La sélection d&apos;objets clés n&apos;a pas pu être encodée : %1</translation>
    </message>
    <message>
        <source>The saved measurements could not be read: %1</source>
        <translation>Les mesures enregistrées n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The file is not a grayscale softcopy presentation state.</source>
        <translation>Le fichier n&apos;est pas un état de présentation en niveaux de gris (GSPS).</translation>
    </message>
    <message>
        <source>The saved measurements name no study or series.</source>
        <translation>Les mesures enregistrées ne désignent aucune étude ni série.</translation>
    </message>
    <message>
        <source>A measurement in the saved presentation state is damaged (its points do not match their count).</source>
        <translation>Une mesure de l&apos;état de présentation enregistré est endommagée (ses points ne correspondent pas à leur nombre).</translation>
    </message>
    <message>
        <source>A measurement in the saved presentation state has a point that is not a number.</source>
        <translation>Une mesure de l&apos;état de présentation enregistré a un point qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The saved presentation state holds more than %1 marks; it is not read.</source>
        <translation>L&apos;état de présentation enregistré contient plus de %1 marques ; il n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>The saved key images could not be read: %1</source>
        <translation>Les images clés enregistrées n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The file is not a key object selection document.</source>
        <translation>Le fichier n&apos;est pas un document de sélection d&apos;objets clés.</translation>
    </message>
    <message>
        <source>The saved key object selection lists more than %1 images; it is not read.</source>
        <translation>La sélection d&apos;objets clés enregistrée liste plus de %1 images ; elle n&apos;est pas lue.</translation>
    </message>
    <message>
        <source>The saved key images name no study.</source>
        <translation>Les images clés enregistrées ne désignent aucune étude.</translation>
    </message>
    <message>
        <source>No permission to save marks with this study; nothing was saved.</source>
        <translation>Aucune autorisation d&apos;enregistrer des marques avec cette étude ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The permission given was for another study; nothing was saved.</source>
        <translation>L&apos;autorisation donnée concernait une autre étude ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Your role exports de-identified data only, and saved marks name the patient; nothing was saved.</source>
        <translation>Votre rôle n&apos;exporte que des données dé-identifiées, et les marques enregistrées nomment le patient ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The name %1 is not a plain file name; nothing was changed.</source>
        <translation>Le nom %1 n&apos;est pas un simple nom de fichier ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be set aside.</source>
        <translation>%1 n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The name %1 is not a plain file name; nothing was saved.</source>
        <translation>Le nom %1 n&apos;est pas un simple nom de fichier ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The marks folder is a link or unknown; nothing was saved.</source>
        <translation>Le dossier des marques est un lien ou inconnu ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The marks are larger than %1 MiB; nothing was saved.</source>
        <translation>Les marques dépassent %1 Mio ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was saved.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 is a link or not a file; nothing was saved.</source>
        <translation>%1 est un lien ou n&apos;est pas un fichier ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The unreadable file %1 could not be set aside; nothing was saved.</source>
        <translation>Le fichier illisible %1 n&apos;a pas pu être mis de côté ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The marks could not be saved to %1: %2</source>
        <translation>Les marques n&apos;ont pas pu être enregistrées dans %1 : %2</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>%1 is not a DICOM object that can be sent: %2</source>
        <translation>%1 n’est pas un objet DICOM qui peut être envoyé : %2</translation>
    </message>
    <message>
        <source>%1 names no study (Study Instance UID), so no PACS can file it.</source>
        <translation>%1 ne désigne aucune étude (Study Instance UID) : aucun PACS ne peut le classer.</translation>
    </message>
    <message>
        <source>Sending to the PACS was not allowed.</source>
        <translation>L’envoi au PACS n’a pas été autorisé.</translation>
    </message>
    <message>
        <source>Your role sends de-identified data only, and Custos cannot yet de-identify for a PACS; nothing was sent.</source>
        <translation>Votre rôle n’envoie que des données dé-identifiées, et Custos ne sait pas encore dé-identifier pour un PACS ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The PACS &quot;%1&quot; stored %2 of %3 objects.</source>
        <translation>Le PACS « %1 » a enregistré %2 objets sur %3.</translation>
    </message>
</context>
<context>
    <name>custos::governance</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 ou ultérieure</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>an unnamed model</source>
        <translation>un modèle sans nom</translation>
    </message>
    <message>
        <source>%1 is not in the site&apos;s AI model registry</source>
        <translation>%1 ne figure pas dans le registre des modèles d&apos;IA du site</translation>
    </message>
    <message>
        <source>version %1 of %2 is not approved (approved: %3)</source>
        <translation>la version %1 de %2 n&apos;est pas approuvée (approuvées : %3)</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <source>no business associate agreement is on file for %1</source>
        <translation>aucun accord de sous-traitance (Business Associate Agreement) n&apos;est enregistré pour %1</translation>
    </message>
    <message>
        <source>the business associate agreement %1 for %2 expired on %3</source>
        <translation>l&apos;accord de sous-traitance (Business Associate Agreement) %1 pour %2 a expiré le %3</translation>
    </message>
</context>
<context>
    <name>custos::pacs</name>
    <message>
        <source>The PACS node &quot;%1&quot; has no DICOMweb address in the site policy.</source>
        <translation>Le nœud PACS « %1 » n&apos;a pas d&apos;adresse DICOMweb dans la politique du site.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The client certificate %1 or its key %2 cannot be read.</source>
        <translation>Le certificat client %1 ou sa clé %2 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>Statut HTTP %1.</translation>
    </message>
    <message>
        <source>A series search needs a study instance UID.</source>
        <translation>Une recherche de séries nécessite un Study Instance UID.</translation>
    </message>
    <message>
        <source>A series retrieve needs a study and a series instance UID (digits and dots).</source>
        <translation>Une récupération de série nécessite un Study Instance UID et un Series Instance UID (chiffres et points).</translation>
    </message>
    <message>
        <source>The answer is not multipart/related.</source>
        <translation>La réponse n&apos;est pas de type multipart/related.</translation>
    </message>
    <message>
        <source>%1 cannot be framed for sending; try again.</source>
        <translation>%1 ne peut pas être mis en forme pour l&apos;envoi ; réessayez.</translation>
    </message>
    <message>
        <source>The PACS refused instance %1 (reason %2).</source>
        <translation>Le PACS a refusé l&apos;instance %1 (motif %2).</translation>
    </message>
    <message>
        <source>The PACS answered HTTP %1 without saying which instances it refused.</source>
        <translation>Le PACS a répondu HTTP %1 sans indiquer quelles instances il a refusées.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; has no DIMSE address (aeTitle, host and port) in the site policy.</source>
        <translation>Le nœud PACS « %1 » n&apos;a pas d&apos;adresse DIMSE (aeTitle, host et port) dans la politique du site.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier CA %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The TLS library refused DICOM&apos;s BCP 195 profile.</source>
        <translation>La bibliothèque TLS a refusé le profil BCP 195 de DICOM.</translation>
    </message>
    <message>
        <source>The client certificate %1 or its key %2 cannot be read, or they do not belong together.</source>
        <translation>Le certificat client %1 ou sa clé %2 ne peut pas être lu, ou ils ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>DICOM&apos;s TLS layer could not be set up.</source>
        <translation>La couche TLS de DICOM n&apos;a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>Not a DICOM file: %1</source>
        <translation>Pas un fichier DICOM : %1</translation>
    </message>
    <message>
        <source>It does not answer C-ECHO.</source>
        <translation>Il ne répond pas à C-ECHO.</translation>
    </message>
    <message>
        <source>It does not answer Study Root C-FIND.</source>
        <translation>Il ne répond pas à Study Root C-FIND.</translation>
    </message>
    <message>
        <source>C-FIND status %1.</source>
        <translation>Statut C-FIND %1.</translation>
    </message>
    <message>
        <source>A retrieve needs a study instance UID.</source>
        <translation>Une récupération nécessite un Study Instance UID.</translation>
    </message>
    <message>
        <source>It does not offer C-GET.</source>
        <translation>Il ne propose pas C-GET.</translation>
    </message>
    <message>
        <source>C-GET status %1; %2 instances failed, %3 arrived.</source>
        <translation>Statut C-GET %1 ; %2 instances en échec, %3 reçues.</translation>
    </message>
    <message>
        <source>%1 is not a DICOM file (%2); nothing was sent.</source>
        <translation>%1 n&apos;est pas un fichier DICOM (%2) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 has no SOP class; nothing was sent.</source>
        <translation>%1 n&apos;a pas de classe SOP ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>More than 127 kinds of objects in one send; send them in smaller groups.</source>
        <translation>Plus de 127 types d&apos;objets dans un même envoi ; envoyez-les par groupes plus petits.</translation>
    </message>
    <message>
        <source>%1: the PACS does not accept this kind of object in this transfer syntax (%2).</source>
        <translation>%1 : le PACS n&apos;accepte pas ce type d&apos;objet dans cette syntaxe de transfert (%2).</translation>
    </message>
    <message>
        <source>%1: the PACS refused it (status %2).</source>
        <translation>%1 : le PACS l&apos;a refusé (statut %2).</translation>
    </message>
    <message>
        <source>The answer is multipart without a usable boundary.</source>
        <translation>La réponse est multipart sans délimiteur (boundary) utilisable.</translation>
    </message>
    <message>
        <source>The answer does not start with its multipart boundary.</source>
        <translation>La réponse ne commence pas par son délimiteur multipart.</translation>
    </message>
    <message>
        <source>A multipart boundary line is malformed.</source>
        <translation>Une ligne de délimiteur multipart est mal formée.</translation>
    </message>
    <message>
        <source>A part&apos;s headers are too long.</source>
        <translation>Les en-têtes d&apos;une partie sont trop longs.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not YYYYMMDD or a range YYYYMMDD-YYYYMMDD.</source>
        <translation>La date « %1 » n&apos;est ni au format AAAAMMJJ ni une plage AAAAMMJJ-AAAAMMJJ.</translation>
    </message>
    <message>
        <source>A search key may not contain a backslash or be longer than 64 characters.</source>
        <translation>Un critère de recherche ne peut pas contenir de barre oblique inverse ni dépasser 64 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a study instance UID (digits and dots).</source>
        <translation>« %1 » n&apos;est pas un Study Instance UID (chiffres et points).</translation>
    </message>
    <message>
        <source>An instance without a SOP instance UID arrived; it cannot be kept.</source>
        <translation>Une instance sans SOP Instance UID est arrivée ; elle ne peut pas être conservée.</translation>
    </message>
    <message>
        <source>The encrypted cache could not take an instance: %1</source>
        <translation>Le cache chiffré n&apos;a pas pu accueillir une instance : %1</translation>
    </message>
    <message>
        <source>The encrypted cache could not keep the retrieved study: %1</source>
        <translation>Le cache chiffré n&apos;a pas pu conserver l&apos;étude récupérée : %1</translation>
    </message>
    <message>
        <source>The encrypted cache could not record the retrieved study: %1</source>
        <translation>Le cache chiffré n&apos;a pas pu enregistrer l&apos;étude récupérée : %1</translation>
    </message>
    <message>
        <source>The study was not retrieved completely from &quot;%1&quot; into the cache.</source>
        <translation>L&apos;étude n&apos;a pas été entièrement récupérée depuis « %1 » dans le cache.</translation>
    </message>
    <message>
        <source>An instance of the retrieved study is missing from the cache (%1); retrieve the study again.</source>
        <translation>Une instance de l&apos;étude récupérée manque dans le cache (%1) ; récupérez l&apos;étude à nouveau.</translation>
    </message>
    <message>
        <source>the PACS &quot;%1&quot; (%2)</source>
        <translation>le PACS « %1 » (%2)</translation>
    </message>
    <message>
        <source>the PACS &quot;%1&quot; (%2 at %3:%4)</source>
        <translation>le PACS « %1 » (%2 sur %3:%4)</translation>
    </message>
    <message>
        <source>The PACS is down or unreachable: nothing answers at %1. Check that it runs and that the network lets you through.</source>
        <translation>Le PACS est arrêté ou injoignable : rien ne répond à %1. Vérifiez qu&apos;il fonctionne et que le réseau vous laisse passer.</translation>
    </message>
    <message>
        <source>The PACS is too slow: %1 did not answer in time.</source>
        <translation>Le PACS est trop lent : %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The TLS handshake was refused: %1 offers only TLS older than %2, which Custos does not speak; the PACS must be updated.</source>
        <translation>La négociation TLS a été refusée : %1 ne propose qu&apos;un TLS antérieur à %2, que Custos ne parle pas ; le PACS doit être mis à jour.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 was refused (no common cipher suite, or the PACS did not accept Custos&apos;s client certificate).</source>
        <translation>La négociation TLS avec %1 a été refusée (aucune suite de chiffrement commune, ou le PACS n&apos;a pas accepté le certificat client de Custos).</translation>
    </message>
    <message>
        <source>The PACS&apos;s certificate is not trusted: %1 presented a certificate that is not signed by the CA the site policy names (%2). Someone may be standing in for the PACS; nothing was sent.</source>
        <translation>Le certificat du PACS n&apos;est pas digne de confiance : %1 a présenté un certificat qui n&apos;est pas signé par la CA désignée par la politique du site (%2). Quelqu&apos;un se fait peut-être passer pour le PACS ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The PACS&apos;s certificate names another host: %1 presented a certificate that is not for &quot;%2&quot;. Someone may be standing in for the PACS; nothing was sent.</source>
        <translation>Le certificat du PACS désigne un autre hôte : %1 a présenté un certificat qui n&apos;est pas pour « %2 ». Quelqu&apos;un se fait peut-être passer pour le PACS ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The PACS&apos;s certificate has expired or is not valid yet: %1. Nothing was sent.</source>
        <translation>Le certificat du PACS a expiré ou n&apos;est pas encore valide : %1. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 refused the DICOM association (check the AE titles %2 and %3 in the site policy).</source>
        <translation>%1 a refusé l&apos;association DICOM (vérifiez les titres AE %2 et %3 dans la politique du site).</translation>
    </message>
    <message>
        <source>%1 refused the request.</source>
        <translation>%1 a refusé la demande.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off in the middle; what was received is not kept.</source>
        <translation>La connexion à %1 a été interrompue en cours de route ; ce qui a été reçu n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>Cancelled; what was received from %1 is not kept.</source>
        <translation>Annulé ; ce qui a été reçu de %1 n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>%1 sent an answer Custos cannot read.</source>
        <translation>%1 a envoyé une réponse que Custos ne peut pas lire.</translation>
    </message>
    <message>
        <source>The TLS settings of %1 in the site policy cannot be used.</source>
        <translation>Les paramètres TLS de %1 dans la politique du site ne peuvent pas être utilisés.</translation>
    </message>
    <message>
        <source>The PACS says Custos&apos;s client certificate has expired.</source>
        <translation>Le PACS indique que le certificat client de Custos a expiré.</translation>
    </message>
    <message>
        <source>The PACS did not accept Custos&apos;s client certificate.</source>
        <translation>Le PACS n&apos;a pas accepté le certificat client de Custos.</translation>
    </message>
    <message>
        <source>An instance without a SOP instance UID cannot be kept.</source>
        <translation>Une instance sans SOP Instance UID ne peut pas être conservée.</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>It does not offer C-MOVE.</source>
        <translation>Il ne propose pas C-MOVE.</translation>
    </message>
    <message>
        <source>It does not know Custos&apos;s move destination %1: add it (AE title %1, this computer&apos;s address, port %2) to the PACS&apos;s list of DICOM nodes.</source>
        <translation>Il ne connaît pas la destination C-MOVE %1 de Custos : ajoutez-la (titre AE %1, adresse de cet ordinateur, port %2) à la liste des nœuds DICOM du PACS.</translation>
    </message>
    <message>
        <source>C-MOVE status %1; %2 instances failed, %3 arrived.</source>
        <translation>Statut C-MOVE %1 ; %2 instances en échec, %3 reçues.</translation>
    </message>
    <message>
        <source>The PACS reports %1 instances sent, but %2 arrived.</source>
        <translation>Le PACS indique %1 instances envoyées, mais %2 sont arrivées.</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; retrieves by C-MOVE, but the site policy gives no moveDestination (aeTitle and port) for Custos&apos;s receiving SCP.</source>
        <translation>Le nœud PACS « %1 » récupère par C-MOVE, mais la politique du site ne donne pas de moveDestination (aeTitle et port) pour le SCP de réception de Custos.</translation>
    </message>
    <message>
        <source>The address of the PACS &quot;%1&quot; (%2) cannot be resolved, so Custos cannot tell its C-MOVE association from anyone else&apos;s.</source>
        <translation>L&apos;adresse du PACS « %1 » (%2) ne peut pas être résolue : Custos ne peut donc pas distinguer son association C-MOVE de celle d&apos;un autre.</translation>
    </message>
    <message>
        <source>Custos cannot listen on port %1 for the C-MOVE from &quot;%2&quot; (%3). Is another program using it?</source>
        <translation>Custos ne peut pas écouter sur le port %1 pour le C-MOVE de « %2 » (%3). Un autre programme l&apos;utilise-t-il ?</translation>
    </message>
    <message>
        <source>Custos&apos;s receiving SCP for &quot;%1&quot; cannot use TLS: %2</source>
        <translation>Le SCP de réception de Custos pour « %1 » ne peut pas utiliser TLS : %2</translation>
    </message>
    <message>
        <source>the node needs a readable caFile, and certFile and keyFile for the certificate the SCP presents.</source>
        <translation>le nœud a besoin d&apos;un caFile lisible, et de certFile et keyFile pour le certificat que présente le SCP.</translation>
    </message>
    <message>
        <source>the TLS library refused DICOM&apos;s BCP 195 profile.</source>
        <translation>la bibliothèque TLS a refusé le profil BCP 195 de DICOM.</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate.</source>
        <translation>le fichier CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>the certificate %1 or its key %2 cannot be read, or they do not belong together.</source>
        <translation>le certificat %1 ou sa clé %2 ne peut pas être lu, ou ils ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>There is no keychain, so no PACS password can be kept.</source>
        <translation>Il n&apos;y a pas de trousseau : aucun mot de passe PACS ne peut être conservé.</translation>
    </message>
    <message>
        <source>The keychain entry for the PACS &quot;%1&quot; is damaged; store the user name and password again.</source>
        <translation>L&apos;entrée du trousseau pour le PACS « %1 » est endommagée ; enregistrez à nouveau le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>A PACS user name must not be empty or contain a colon.</source>
        <translation>Un nom d&apos;utilisateur PACS ne doit pas être vide ni contenir de deux-points.</translation>
    </message>
    <message>
        <source>The PACS password is empty; nothing was stored.</source>
        <translation>Le mot de passe PACS est vide ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 signs people in with their single sign-on token; sign in with single sign-on first.</source>
        <translation>%1 connecte les personnes avec leur jeton d&apos;authentification unique ; connectez-vous d&apos;abord par authentification unique.</translation>
    </message>
    <message>
        <source>%1 needs your PACS user name and password, and none are stored in your keychain. Store them with &quot;custos-cli pacs login --node %2 --user NAME&quot;, or enter them when the viewer asks.</source>
        <translation>%1 a besoin de votre nom d&apos;utilisateur et de votre mot de passe PACS, et aucun n&apos;est enregistré dans votre trousseau. Enregistrez-les avec « custos-cli pacs login --node %2 --user NAME », ou saisissez-les quand la visionneuse les demande.</translation>
    </message>
    <message>
        <source>%1 refused your single sign-on token; sign in again.</source>
        <translation>%1 a refusé votre jeton d&apos;authentification unique ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 refused the PACS user name and password from your keychain: they are wrong, or no longer valid. Store the right ones with &quot;custos-cli pacs login --node %2 --user NAME&quot;, or enter them when the viewer asks.</source>
        <translation>%1 a refusé le nom d&apos;utilisateur et le mot de passe PACS de votre trousseau : ils sont faux ou ne sont plus valables. Enregistrez les bons avec « custos-cli pacs login --node %2 --user NAME », ou saisissez-les quand la visionneuse les demande.</translation>
    </message>
    <message>
        <source>Custos&apos;s receiving SCP refused %1 associations (another AE title or address, or no certificate of the node&apos;s CA).</source>
        <translation>Le SCP de réception de Custos a refusé %1 associations (autre titre AE ou autre adresse, ou aucun certificat de la CA du nœud).</translation>
    </message>
</context>
<context>
    <name>custos::policy</name>
    <message>
        <source>view studies</source>
        <translation>consulter des études</translation>
    </message>
    <message>
        <source>review AI findings</source>
        <translation>examiner les résultats IA</translation>
    </message>
    <message>
        <source>export DICOM files</source>
        <translation>exporter des fichiers DICOM</translation>
    </message>
    <message>
        <source>export de-identified DICOM files</source>
        <translation>exporter des fichiers DICOM dé-identifiés</translation>
    </message>
    <message>
        <source>export images</source>
        <translation>exporter des images</translation>
    </message>
    <message>
        <source>copy images to the clipboard</source>
        <translation>copier des images dans le presse-papiers</translation>
    </message>
    <message>
        <source>print images</source>
        <translation>imprimer des images</translation>
    </message>
    <message>
        <source>drag images out of the viewer</source>
        <translation>faire glisser des images hors de la visionneuse</translation>
    </message>
    <message>
        <source>send studies to a PACS</source>
        <translation>envoyer des études vers un PACS</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>review emergency accesses</source>
        <translation>examiner les accès d&apos;urgence</translation>
    </message>
    <message>
        <source>use emergency (break-glass) access</source>
        <translation>utiliser l&apos;accès d&apos;urgence (bris de glace)</translation>
    </message>
    <message>
        <source>view the site policy</source>
        <translation>consulter la politique du site</translation>
    </message>
    <message>
        <source>change the site policy</source>
        <translation>modifier la politique du site</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <source>manage the encrypted cache</source>
        <translation>gérer le cache chiffré</translation>
    </message>
    <message>
        <source>unlock a locked session</source>
        <translation>déverrouiller une session verrouillée</translation>
    </message>
    <message>
        <source>search a PACS</source>
        <translation>rechercher dans un PACS</translation>
    </message>
    <message>
        <source>retrieve studies from a PACS</source>
        <translation>récupérer des études d&apos;un PACS</translation>
    </message>
    <message>
        <source>produce the compliance report</source>
        <translation>produire le rapport de conformité</translation>
    </message>
    <message>
        <source>produce the compliance report naming patients and users</source>
        <translation>produire le rapport de conformité nommant patients et utilisateurs</translation>
    </message>
    <message>
        <source>export images that may show patient data burned into the pixels</source>
        <translation>exporter des images dont les pixels peuvent montrer des données du patient</translation>
    </message>
    <message>
        <source>Sign in before asking for emergency access.</source>
        <translation>Connectez-vous avant de demander un accès d&apos;urgence.</translation>
    </message>
    <message>
        <source>Your role (%1) may not use emergency access. Ask someone with access to this study.</source>
        <translation>Votre rôle (%1) ne vous autorise pas à utiliser l&apos;accès d&apos;urgence. Demandez à quelqu&apos;un qui a accès à cette étude.</translation>
    </message>
    <message>
        <source>Emergency access is granted for one study; no study was named.</source>
        <translation>L&apos;accès d&apos;urgence est accordé pour une étude ; aucune étude n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Choose one of the reason categories: %1.</source>
        <translation>Choisissez l&apos;une des catégories de motif : %1.</translation>
    </message>
    <message>
        <source>Describe the emergency in at least %1 characters (you wrote %2): the reason is reviewed afterwards.</source>
        <translation>Décrivez l&apos;urgence en au moins %1 caractères (vous en avez saisi %2) : le motif est examiné a posteriori.</translation>
    </message>
    <message>
        <source>Emergency access needs you to sign in again as yourself; the sign-in was for someone else.</source>
        <translation>L&apos;accès d&apos;urgence exige que vous vous reconnectiez en votre propre nom ; la connexion concernait quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Emergency access needs a fresh sign-in with your second factor.</source>
        <translation>L&apos;accès d&apos;urgence nécessite une nouvelle connexion avec votre second facteur.</translation>
    </message>
    <message>
        <source>Emergency access needs a sign-in from the last %1 minutes; please sign in again.</source>
        <translation>L&apos;accès d&apos;urgence nécessite une connexion datant des %1 dernières minutes ; veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Complete the break-glass training before using emergency access.</source>
        <translation>Suivez la formation sur l&apos;accès d&apos;urgence avant de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Emergency access at this site does not cover the wish to %1; ask someone whose role allows it.</source>
        <translation>L&apos;accès d&apos;urgence de ce site ne vous autorise pas à %1 ; demandez à quelqu&apos;un dont le rôle le permet.</translation>
    </message>
    <message>
        <source>Before you %1 under emergency access, complete the training &quot;%2&quot;.</source>
        <translation>Avant de pouvoir %1 sous accès d&apos;urgence, suivez la formation « %2 ».</translation>
    </message>
    <message>
        <source>Emergency access could not be recorded, so it was not granted: %1</source>
        <translation>L&apos;accès d&apos;urgence n&apos;a pas pu être enregistré ; il n&apos;a donc pas été accordé : %1</translation>
    </message>
    <message>
        <source>There is no emergency access with that id.</source>
        <translation>Il n&apos;existe aucun accès d&apos;urgence avec cet identifiant.</translation>
    </message>
    <message>
        <source>Your role (%1) may not review emergency accesses.</source>
        <translation>Votre rôle (%1) ne vous autorise pas à examiner les accès d&apos;urgence.</translation>
    </message>
    <message>
        <source>Nobody may review their own emergency access; another reviewer must do it.</source>
        <translation>Personne ne peut examiner son propre accès d&apos;urgence ; un autre examinateur doit le faire.</translation>
    </message>
    <message>
        <source>This emergency access is still running; review it after it ends.</source>
        <translation>Cet accès d&apos;urgence est toujours en cours ; examinez-le une fois terminé.</translation>
    </message>
    <message>
        <source>Write what you found (the review note cannot be empty).</source>
        <translation>Écrivez ce que vous avez constaté (la note d&apos;examen ne peut pas être vide).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No role at this site may do this; ask your administrator if you need it.</source>
        <translation>Aucun rôle de ce site n&apos;est autorisé à faire ceci ; demandez à votre administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Ask someone with the role %1, or your administrator.</source>
        <translation>Demandez à quelqu&apos;un ayant le rôle %1, ou à votre administrateur.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>You are not signed in. Sign in first.</source>
        <translation>Vous n&apos;êtes pas connecté. Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Your session is locked. Unlock it by signing in again.</source>
        <translation>Votre session est verrouillée. Déverrouillez-la en vous reconnectant.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>This site allows no export to files. Ask your administrator.</source>
        <translation>Ce site n&apos;autorise aucun export vers des fichiers. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The folder %1 is not an allowed export destination at this site. Allowed: %2.</source>
        <translation>Le dossier %1 n&apos;est pas une destination d&apos;export autorisée sur ce site. Autorisées : %2.</translation>
    </message>
    <message>
        <source>This site requires a second factor, and your sign-in had none. Sign in again with your one-time code.</source>
        <translation>Ce site exige un second facteur, et votre connexion n&apos;en avait pas. Reconnectez-vous avec votre code à usage unique.</translation>
    </message>
    <message>
        <source>No study was named for this action; nothing was done.</source>
        <translation>Aucune étude n&apos;a été indiquée pour cette action ; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>Votre rôle (%1) ne vous autorise pas à %2.</translation>
    </message>
    <message>
        <source>In an emergency you may use break-glass access for this study: it is recorded and reviewed.</source>
        <translation>En cas d&apos;urgence, vous pouvez utiliser l&apos;accès d&apos;urgence (bris de glace) pour cette étude : il est enregistré et examiné.</translation>
    </message>
    <message>
        <source>Before you %1, complete the short training &quot;%2&quot; (version %3).</source>
        <translation>Avant de pouvoir %1, suivez la courte formation « %2 » (version %3).</translation>
    </message>
    <message>
        <source>use emergency access</source>
        <translation>utiliser l&apos;accès d&apos;urgence</translation>
    </message>
    <message>
        <source>plain DICOM and plain HTTP let anyone on the network read the patient lists and images that pass, so a clinical PACS is reached over TLS only; only a node marked &quot;test&quot;: true may be plain</source>
        <translation>le DICOM et le HTTP non chiffrés permettent à n&apos;importe qui sur le réseau de lire les listes de patients et les images qui passent ; un PACS clinique n&apos;est donc joint que par TLS ; seul un nœud marqué &quot;test&quot;: true peut être non chiffré</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; is refused for DICOMweb: its address %2 is not https, and %3.</source>
        <translation>Le nœud PACS « %1 » est refusé pour DICOMweb : son adresse %2 n&apos;est pas en https, et %3.</translation>
    </message>
    <message>
        <source>The PACS node &quot;%1&quot; is refused: it has no &quot;tls&quot; section, so DICOM would travel as plain TCP, and %2.</source>
        <translation>Le nœud PACS « %1 » est refusé : il n&apos;a pas de section &quot;tls&quot;, DICOM circulerait donc en TCP non chiffré, et %2.</translation>
    </message>
    <message>
        <source>this field needs &quot;version&quot;: 2 at the top of the policy</source>
        <translation>ce champ nécessite &quot;version&quot;: 2 en tête de la politique</translation>
    </message>
    <message>
        <source>the node name &quot;%1&quot; is used twice</source>
        <translation>le nom de nœud « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>DIMSE needs all three of aeTitle, host and port</source>
        <translation>DIMSE nécessite les trois : aeTitle, host et port</translation>
    </message>
    <message>
        <source>the node names no way to reach it: give aeTitle, host and port (DIMSE) or dicomweb (a base URL)</source>
        <translation>le nœud n&apos;indique aucun moyen de le joindre : indiquez aeTitle, host et port (DIMSE) ou dicomweb (une URL de base)</translation>
    </message>
    <message>
        <source>a client certificate needs both certFile and keyFile</source>
        <translation>un certificat client nécessite à la fois certFile et keyFile</translation>
    </message>
    <message>
        <source>an https node needs a &quot;tls&quot; section naming the CA (caFile) that signs the PACS&apos;s certificate</source>
        <translation>un nœud https nécessite une section &quot;tls&quot; désignant la CA (caFile) qui signe le certificat du PACS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;version&quot;: %2 at the top of the policy</source>
        <translation>« %1 » nécessite &quot;version&quot;: %2 en tête de la politique</translation>
    </message>
    <message>
        <source>the project name &quot;%1&quot; is used twice: each project has one key</source>
        <translation>le nom de projet « %1 » est utilisé deux fois : chaque projet a une clé</translation>
    </message>
    <message>
        <source>choose full dates or modified dates, not both</source>
        <translation>choisissez les dates complètes ou les dates modifiées, pas les deux</translation>
    </message>
    <message>
        <source>there is no role &quot;%1&quot;</source>
        <translation>il n&apos;existe pas de rôle « %1 »</translation>
    </message>
    <message>
        <source>a backlog ceiling needs the collector&apos;s &quot;host&quot; beside it</source>
        <translation>un plafond d&apos;arriéré nécessite à côté le &quot;host&quot; du collecteur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role defined under &quot;roles&quot;</source>
        <translation>« %1 » n&apos;est pas un rôle défini sous &quot;roles&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action on a study; only those can be emergency-eligible</source>
        <translation>« %1 » n&apos;est pas une action sur une étude ; seules celles-ci peuvent être ouvertes à l&apos;accès d&apos;urgence</translation>
    </message>
    <message>
        <source>the module &quot;%1&quot; is listed twice</source>
        <translation>le module « %1 » est listé deux fois</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is not installed (installed: %3); nobody could complete it</source>
        <translation>la version %1 de « %2 » n&apos;est pas installée (installées : %3) ; personne ne pourrait la suivre</translation>
    </message>
    <message>
        <source>%1 cannot be examined</source>
        <translation>%1 ne peut pas être examiné</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is owned by %2, not by root, so that user can change the policy</source>
        <translation>%1 appartient à %2 et non à root ; cet utilisateur peut donc modifier la politique</translation>
    </message>
    <message>
        <source>%1 is writable by %2</source>
        <translation>%1 est modifiable par %2</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>tous les utilisateurs</translation>
    </message>
    <message>
        <source>its group</source>
        <translation>son groupe</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>/ cannot be opened</source>
        <translation>/ ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (or no folder); the policy is read only through real folders</source>
        <translation>%1 est un lien symbolique (ou pas un dossier) ; la politique n&apos;est lue qu&apos;à travers de vrais dossiers</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the policy file itself must be there, not a link to it</source>
        <translation>%1 est un lien symbolique ; le fichier de politique lui-même doit s&apos;y trouver, et non un lien vers lui</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB, which is no policy file</source>
        <translation>%1 dépasse 4 Mio, ce n&apos;est pas un fichier de politique</translation>
    </message>
    <message>
        <source>%1 line %2: not valid JSON: %3</source>
        <translation>%1 ligne %2 : JSON non valide : %3</translation>
    </message>
    <message>
        <source>%1 line %2: %3: %4</source>
        <translation>%1 ligne %2 : %3 : %4</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>%1: and %2 more problems of the same kinds.</source>
        <translation>%1 : et %2 autres problèmes du même type.</translation>
    </message>
    <message>
        <source>The site policy %1 is refused: %2. Only an administrator may be able to change it: make it and its folders owned by root and not writable by others (chmod 644 file, 755 folders), with no symbolic link on the way.</source>
        <translation>La politique du site %1 est refusée : %2. Seul un administrateur doit pouvoir la modifier : faites de root le propriétaire du fichier et de ses dossiers, sans droit d&apos;écriture pour les autres (chmod 644 pour le fichier, 755 pour les dossiers), sans lien symbolique sur le chemin.</translation>
    </message>
    <message>
        <source>The site policy %1 cannot be read: %2</source>
        <translation>La politique du site %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>built-in default policy</source>
        <translation>politique par défaut intégrée</translation>
    </message>
    <message>
        <source>%1 is refused: a site policy is installed on this computer (%2), so %3 Ask your IT department if you need something else.</source>
        <translation>%1 est refusé : une politique du site est installée sur cet ordinateur (%2). %3 Adressez-vous à votre service informatique si vous avez besoin d&apos;autre chose.</translation>
    </message>
    <message>
        <source>the installed policy is the only one that applies.</source>
        <translation>Seule la politique installée s&apos;applique.</translation>
    </message>
    <message>
        <source>Custos keeps its accounts, audit trail and records where the site decided, not in a folder of your choice.</source>
        <translation>Custos conserve ses comptes, son journal d&apos;audit et ses enregistrements là où le site l&apos;a décidé, et non dans un dossier de votre choix.</translation>
    </message>
    <message>
        <source>the demo&apos;s accounts with public passwords have no place on a clinical workstation.</source>
        <translation>Les comptes de démonstration aux mots de passe publics n&apos;ont pas leur place sur un poste de travail clinique.</translation>
    </message>
    <message>
        <source>the identity provider and how its groups become roles come only from the site policy (identityProvider), never from a command line.</source>
        <translation>Le fournisseur d&apos;identité et la façon dont ses groupes deviennent des rôles viennent uniquement de la politique du site (identityProvider), jamais d&apos;une ligne de commande.</translation>
    </message>
    <message>
        <source>the identity provider and how its groups become roles come only from the site policy (identityProvider), never from a settings file; remove the setting.</source>
        <translation>Le fournisseur d&apos;identité et la façon dont ses groupes deviennent des rôles viennent uniquement de la politique du site (identityProvider), jamais d&apos;un fichier de paramètres ; supprimez le paramètre.</translation>
    </message>
    <message>
        <source>managed preferences (com.custos.viewer)</source>
        <translation>préférences gérées (com.custos.viewer)</translation>
    </message>
    <message>
        <source>The site policy %1 names no identity provider (identityProvider.issuer and clientId), so single sign-on is not available.</source>
        <translation>La politique du site %1 ne désigne aucun fournisseur d&apos;identité (identityProvider.issuer et clientId) ; l&apos;authentification unique (SSO) n&apos;est donc pas disponible.</translation>
    </message>
    <message>
        <source>The identity provider %1 is refused: at a site, single sign-on uses https only, so nobody on the network or on this computer can stand in for the provider.</source>
        <translation>Le fournisseur d&apos;identité %1 est refusé : sur un site, l&apos;authentification unique (SSO) n&apos;utilise que https, afin que personne sur le réseau ou sur cet ordinateur ne puisse se faire passer pour le fournisseur.</translation>
    </message>
    <message>
        <source>The site policy&apos;s identity provider cannot be used: %1</source>
        <translation>Le fournisseur d&apos;identité de la politique du site ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>The policy schema uses %1, which this validator does not implement.</source>
        <translation>Le schéma de la politique utilise %1, que ce validateur n&apos;implémente pas.</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu : %1, trouvé : %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is required</source>
        <translation>le champ « %1 » est obligatoire</translation>
    </message>
    <message>
        <source>unknown field (known fields: %1)</source>
        <translation>champ inconnu (champs connus : %1)</translation>
    </message>
    <message>
        <source>needs at least %1 entries, has %2</source>
        <translation>nécessite au moins %1 entrées, en a %2</translation>
    </message>
    <message>
        <source>allows at most %1 entries, has %2</source>
        <translation>autorise au plus %1 entrées, en a %2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 est listé deux fois</translation>
    </message>
    <message>
        <source>%1 is not a known %2</source>
        <translation>%1 n&apos;est pas connu comme %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 est inférieur au minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 est supérieur au maximum %2</translation>
    </message>
    <message>
        <source>%1 is shorter than %2 characters</source>
        <translation>%1 fait moins de %2 caractères</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 fait plus de %2 caractères</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 ne correspond pas au motif %2</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 (pattern %3)</source>
        <translation>%1 n&apos;est pas valide comme %2 (motif %3)</translation>
    </message>
    <message>
        <source>%1 is damaged (not a Custos state file).</source>
        <translation>%1 est endommagé (ce n&apos;est pas un fichier d&apos;état Custos).</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: it was changed outside Custos.</source>
        <translation>%1 a échoué au contrôle d&apos;intégrité : il a été modifié en dehors de Custos.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The training module %1 is not valid JSON.</source>
        <translation>Le module de formation %1 n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The training module %1: question %2 needs a text, two or more choices and the index of the right one.</source>
        <translation>Le module de formation %1 : la question %2 nécessite un texte, deux choix ou plus et l&apos;indice du bon choix.</translation>
    </message>
    <message>
        <source>The training module %1 needs an id, a version, a title and at least one question.</source>
        <translation>Le module de formation %1 nécessite un identifiant, une version, un titre et au moins une question.</translation>
    </message>
    <message>
        <source>There is no training module &quot;%1&quot; in this version of Custos.</source>
        <translation>Il n&apos;existe pas de module de formation « %1 » dans cette version de Custos.</translation>
    </message>
    <message>
        <source>Sign in before completing a training module.</source>
        <translation>Connectez-vous avant de suivre un module de formation.</translation>
    </message>
    <message>
        <source>Not yet: please look again at question %1 of &quot;%2&quot; and try once more.</source>
        <translation>Pas encore : veuillez revoir la question %1 de « %2 » et réessayer.</translation>
    </message>
    <message>
        <source>Your answers were right, but the acknowledgement could not be kept: %1</source>
        <translation>Vos réponses étaient justes, mais la confirmation n&apos;a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>&quot;move&quot; retrieves over DIMSE: the node needs aeTitle, host and port</source>
        <translation>« move » récupère par DIMSE : le nœud a besoin de aeTitle, host et port</translation>
    </message>
    <message>
        <source>&quot;retrieve&quot;: &quot;move&quot; needs a moveDestination with the aeTitle and port of Custos&apos;s receiving SCP</source>
        <translation>&quot;retrieve&quot;: &quot;move&quot; a besoin d&apos;un moveDestination avec l&apos;aeTitle et le port du SCP de réception de Custos</translation>
    </message>
    <message>
        <source>a moveDestination is only used with &quot;retrieve&quot;: &quot;move&quot;</source>
        <translation>un moveDestination ne sert qu&apos;avec &quot;retrieve&quot;: &quot;move&quot;</translation>
    </message>
    <message>
        <source>C-MOVE over TLS needs certFile and keyFile: Custos&apos;s receiving SCP presents that certificate to the PACS</source>
        <translation>C-MOVE sur TLS a besoin de certFile et keyFile : le SCP de réception de Custos présente ce certificat au PACS</translation>
    </message>
</context>
<context>
    <name>custos::study</name>
    <message>
        <source>Nobody was asked whether this study may be shown, so it is not shown.</source>
        <translation>Personne n&apos;a été consulté pour savoir si cette étude peut être affichée ; elle n&apos;est donc pas affichée.</translation>
    </message>
    <message>
        <source>The encrypted cache is not available, and a retrieved study is kept nowhere else.</source>
        <translation>Le cache chiffré n’est pas disponible, et un examen récupéré n’est conservé nulle part ailleurs.</translation>
    </message>
    <message>
        <source>The PACS &quot;%1&quot; has no instances of study %2.</source>
        <translation>Le PACS « %1 » n&apos;a aucune instance de l&apos;étude %2.</translation>
    </message>
</context>
<context>
    <name>custos::ui</name>
    <message>
        <source>the computer was locked</source>
        <translation>l&apos;ordinateur a été verrouillé</translation>
    </message>
    <message>
        <source>the computer is going to sleep</source>
        <translation>l&apos;ordinateur passe en veille</translation>
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
        <translation>Le texte de la politique en vigueur (%1) n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Custos — Administration</source>
        <translation>Custos — Administration</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Break-glass review</source>
        <translation>Revue des accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Policy and protection</source>
        <translation>Politique et protection</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>patient name or ID</source>
        <translation>nom ou ID du patient</translation>
    </message>
    <message>
        <source>study UID</source>
        <translation>UID de l&apos;étude</translation>
    </message>
    <message>
        <source>event (code or words)</source>
        <translation>événement (code ou mots)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Export as ATNA XML…</source>
        <translation>Exporter au format ATNA XML…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>ATNA XML (*.xml)</source>
        <translation>ATNA XML (*.xml)</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Review note: what did you check, and what follows?</source>
        <translation>Note de revue : qu’avez-vous vérifié, et quelle suite ?</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <source>Emergency accesses that ended and wait for a post-event review:</source>
        <translation>Accès d&apos;urgence terminés en attente d&apos;une revue a posteriori :</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site policy:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;From:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Screen-capture protection on this computer:&lt;/b&gt; %3. %4&lt;br&gt;&lt;b&gt;Policy setting:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Politique du site :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Source :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Protection contre la capture d&apos;écran sur cet ordinateur :&lt;/b&gt; %3. %4&lt;br&gt;&lt;b&gt;Paramètre de la politique :&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Your role may not read the policy.</source>
        <translation>Votre rôle ne permet pas de consulter la politique.</translation>
    </message>
    <message>
        <source>There is no audit trail on this computer (the keychain is unavailable).</source>
        <translation>Il n&apos;y a pas de journal d&apos;audit sur cet ordinateur (le trousseau de clés n&apos;est pas disponible).</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source> — purpose: %1</source>
        <translation> — finalité : %1</translation>
    </message>
    <message>
        <source>There is no audit trail to verify.</source>
        <translation>Il n&apos;y a aucun journal d&apos;audit à vérifier.</translation>
    </message>
    <message>
        <source>Your role may not export the audit trail.</source>
        <translation>Votre rôle ne permet pas d&apos;exporter le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an emergency access in the list first.</source>
        <translation>Choisissez d&apos;abord un accès d&apos;urgence dans la liste.</translation>
    </message>
    <message>
        <source>Write what the review found.</source>
        <translation>Décrivez les constats de la revue.</translation>
    </message>
    <message>
        <source>Your role may not review emergency accesses.</source>
        <translation>Votre rôle ne permet pas d&apos;examiner les accès d&apos;urgence.</translation>
    </message>
    <message>
        <source>The review was recorded.</source>
        <translation>La revue a été enregistrée.</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>Non justifié</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <source>Choose a verdict…</source>
        <translation>Choisir un verdict…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Done during the access</source>
        <translation>Actions pendant l’accès</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>rien d’enregistré</translation>
    </message>
    <message>
        <source>after %1 min: %2</source>
        <translation>après %1 min : %2</translation>
    </message>
    <message>
        <source>not in the trail</source>
        <translation>absent du journal</translation>
    </message>
    <message>
        <source>Choose a verdict: was the access justified?</source>
        <translation>Choisissez un verdict : l’accès était-il justifié ?</translation>
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
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>The identity provider did not confirm a second factor, and this site requires one.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas confirmé de second facteur, alors que ce site en exige un.</translation>
    </message>
    <message>
        <source>Local accounts are not available on this computer.</source>
        <translation>Les comptes locaux ne sont pas disponibles sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser...</source>
        <translation>En attente de la connexion dans votre navigateur...</translation>
    </message>
    <message>
        <source>Your identity provider did not confirm a second factor, and this site requires one. Sign in at the provider with multi-factor authentication, or ask IT to require it there.</source>
        <translation>Votre fournisseur d&apos;identité n&apos;a pas confirmé de second facteur, alors que ce site en exige un. Connectez-vous auprès du fournisseur avec une authentification multifacteur, ou demandez au service informatique de l&apos;exiger chez celui-ci.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>locked by the user</source>
        <translation>verrouillage par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Switch user...</source>
        <translation>&amp;Changer d&apos;utilisateur...</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>DEMO: password &quot;%1&quot;, code %2</source>
        <translation>DÉMO : mot de passe « %1 », code %2</translation>
    </message>
    <message>
        <source>Locked: %1.</source>
        <translation>Session verrouillée : %1.</translation>
    </message>
    <message>
        <source>Custos (locked)</source>
        <translation>Custos (verrouillé)</translation>
    </message>
    <message>
        <source>Signed out (%1). The studies were closed.</source>
        <translation>Déconnecté (%1). Les études ont été fermées.</translation>
    </message>
    <message>
        <source>This site requires a second factor from its identity provider, and the provider did not confirm one. Sign in with your second factor at the provider, or ask your administrator.</source>
        <translation>Ce site exige un second facteur de son fournisseur d&apos;identité, et le fournisseur n&apos;en a confirmé aucun. Connectez-vous avec votre second facteur chez le fournisseur, ou demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>This site requires a second factor, the identity provider did not confirm one, and no Custos code is set up for %1. Ask your administrator for a one-time enrolment code (custos-cli users issue-enrolment %2), then set up your code with: custos-cli login --sso --enrolment-code CODE</source>
        <translation>Ce site exige un second facteur, le fournisseur d&apos;identité n&apos;en a confirmé aucun et aucun code Custos n&apos;est configuré pour %1. Demandez à votre administrateur un code d&apos;inscription à usage unique (custos-cli users issue-enrolment %2), puis configurez votre code avec : custos-cli login --sso --enrolment-code CODE</translation>
    </message>
</context>
<context>
    <name>custos::ui::BreakGlassDialog</name>
    <message>
        <source>Choose the kind of emergency.</source>
        <translation>Choisissez le type d&apos;urgence.</translation>
    </message>
    <message>
        <source>Choose the kind of emergency…</source>
        <translation>Choisissez le type d&apos;urgence…</translation>
    </message>
    <message>
        <source>System outage</source>
        <translation>Panne du système</translation>
    </message>
    <message>
        <source>On-call coverage</source>
        <translation>Garde et astreinte</translation>
    </message>
    <message>
        <source>Urgent clinical care</source>
        <translation>Soins cliniques urgents</translation>
    </message>
    <message>
        <source>Life-threatening emergency</source>
        <translation>Urgence vitale</translation>
    </message>
    <message>
        <source>Describe the emergency in words (at least three different words): what is happening, and why it cannot wait. The reason is reviewed afterwards.</source>
        <translation>Décrivez l&apos;urgence avec des mots (au moins trois mots différents) : ce qui se passe et pourquoi cela ne peut pas attendre. Le motif est examiné ensuite.</translation>
    </message>
    <message>
        <source>Emergency access (break-glass)</source>
        <translation>Accès d&apos;urgence (bris de glace)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your role does not allow this for this study.&lt;/b&gt; In an emergency you may have access anyway, for %1 minutes and for this one study only.&lt;/p&gt;&lt;p&gt;Everything you do is recorded. The access starts and ends as security alerts in the audit trail, and the compliance office reviews your reason afterwards. Use it only when a patient&apos;s care cannot wait for someone with regular access.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre rôle ne permet pas cela pour cette étude.&lt;/b&gt; En cas d&apos;urgence, vous pouvez tout de même y accéder, pendant %1 minutes et pour cette seule étude.&lt;/p&gt;&lt;p&gt;Toutes vos actions sont enregistrées. Le début et la fin de l&apos;accès sont consignés comme alertes de sécurité dans le journal d&apos;audit, et le service de conformité examine ensuite votre motif. N&apos;y recourez que si la prise en charge d&apos;un patient ne peut pas attendre une personne disposant d&apos;un accès habituel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason category:</source>
        <translation>Catégorie de motif :</translation>
    </message>
    <message>
        <source>What is the emergency, and why can it not wait? (at least %1 characters)</source>
        <translation>Quelle est l&apos;urgence, et pourquoi ne peut-elle pas attendre ? (au moins %1 caractères)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Sign in again as %1 to confirm it is you.</source>
        <translation>Reconnectez-vous en tant que %1 pour confirmer votre identité.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>Code à 6 chiffres de votre authentificateur</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Start emergency access</source>
        <translation>Démarrer l&apos;accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Describe the emergency in at least %1 characters (you wrote %2): the reason is reviewed afterwards.</source>
        <translation>Décrivez l&apos;urgence en au moins %1 caractères (vous en avez saisi %2) : le motif est examiné a posteriori.</translation>
    </message>
    <message>
        <source>Emergency access is not available on this computer (no protected storage for the grants).</source>
        <translation>L&apos;accès d&apos;urgence n&apos;est pas disponible sur cet ordinateur (aucun stockage protégé pour les autorisations).</translation>
    </message>
    <message>
        <source>Sign in again as %1 with your organisation&apos;s sign-in to confirm it is you: your browser opens. If it asks for no second factor, enter your authenticator&apos;s code here.</source>
        <translation>Reconnectez-vous en tant que %1 avec la connexion de votre organisation pour confirmer votre identité : votre navigateur s&apos;ouvre. S&apos;il ne demande pas de second facteur, saisissez ici le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Emergency access needs a fresh sign-in, and single sign-on is not configured on this computer.</source>
        <translation>L&apos;accès d&apos;urgence exige une nouvelle connexion, et l&apos;authentification unique (SSO) n&apos;est pas configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser...</source>
        <translation>En attente de la connexion dans votre navigateur...</translation>
    </message>
    <message>
        <source>Emergency access needs a fresh sign-in, which is not possible for this account here.</source>
        <translation>L&apos;accès d&apos;urgence exige une nouvelle connexion, ce qui n&apos;est pas possible ici pour ce compte.</translation>
    </message>
    <message>
        <source>Your identity provider did not confirm a second factor: enter the code from your authenticator app and try again.</source>
        <translation>Votre fournisseur d&apos;identité n&apos;a pas confirmé de second facteur : saisissez le code de votre application d&apos;authentification et réessayez.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CaptureProtection</name>
    <message>
        <source>Screen capture protection is not available: on X11 any program on this desktop can read the screen, so screenshots and screen sharing can show patient images.</source>
        <translation>La protection contre la capture d&apos;écran n&apos;est pas disponible : sous X11, tout programme de ce bureau peut lire l&apos;écran ; les captures et le partage d&apos;écran peuvent donc montrer des images de patients.</translation>
    </message>
    <message>
        <source>Screen capture protection is not available: Wayland has no way for a window to opt out of screenshots and screen sharing that the person approves.</source>
        <translation>La protection contre la capture d&apos;écran n&apos;est pas disponible : Wayland ne permet pas à une fenêtre de se soustraire aux captures et au partage d&apos;écran que l&apos;utilisateur approuve.</translation>
    </message>
    <message>
        <source>Screen capture protection is not available on this platform: screenshots and screen sharing can show patient images.</source>
        <translation>La protection contre la capture d&apos;écran n&apos;est pas disponible sur cette plateforme : les captures et le partage d&apos;écran peuvent montrer des images de patients.</translation>
    </message>
    <message>
        <source>Custos windows are left out of screenshots, screen recordings and screen sharing.</source>
        <translation>Les fenêtres de Custos sont exclues des captures d&apos;écran, des enregistrements d&apos;écran et du partage d&apos;écran.</translation>
    </message>
    <message>
        <source>Custos windows appear black in screenshots and screen sharing. This version of Windows cannot leave them out entirely (that needs Windows 10 version 2004 or later).</source>
        <translation>Les fenêtres de Custos apparaissent en noir dans les captures et le partage d&apos;écran. Cette version de Windows ne peut pas les exclure entièrement (cela nécessite Windows 10 version 2004 ou ultérieure).</translation>
    </message>
    <message>
        <source>Custos windows appear black in screenshots and screen sharing. This version of Windows cannot leave them out entirely (that needs Windows 10 version 2004 or later): %1</source>
        <translation>Les fenêtres de Custos apparaissent en noir dans les captures et le partage d&apos;écran. Cette version de Windows ne peut pas les exclure entièrement (cela nécessite Windows 10 version 2004 ou ultérieure) : %1</translation>
    </message>
    <message>
        <source>Custos windows ask macOS to be left out of screen captures, but macOS honours this only for older capture methods: ScreenCaptureKit, used by macOS 15&apos;s screenshot and recording tools and by many sharing apps, can still capture them.</source>
        <translation>Les fenêtres de Custos demandent à macOS d&apos;être exclues des captures d&apos;écran, mais macOS ne respecte cette demande que pour les anciennes méthodes de capture : ScreenCaptureKit, utilisé par les outils de capture et d&apos;enregistrement de macOS 15 et par de nombreuses applications de partage, peut toujours les capturer.</translation>
    </message>
    <message>
        <source>A Custos window could not be protected from screen capture: %1</source>
        <translation>Une fenêtre de Custos n&apos;a pas pu être protégée contre la capture d&apos;écran : %1</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>le système n&apos;a donné aucune raison</translation>
    </message>
</context>
<context>
    <name>custos::ui::ComplianceController</name>
    <message>
        <source>Nothing to show: see the notice above.</source>
        <translation>Rien à afficher : voir l&apos;avis ci-dessus.</translation>
    </message>
    <message>
        <source>Emergency access lets you see this study. Reviewing AI findings stays with the roles that review them (your role: %1).</source>
        <translation>L&apos;accès d&apos;urgence vous permet de voir cette étude. La revue des résultats d&apos;IA reste réservée aux rôles qui les examinent (votre rôle : %1).</translation>
    </message>
    <message>
        <source>Offered when your role does not allow something for a study and the site policy allows emergency access.</source>
        <translation>Proposé lorsque votre rôle ne permet pas une action sur une étude et que la politique du site autorise l&apos;accès d&apos;urgence.</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n series)</source>
        <translation>
            <numerusform>%1 (%n série)</numerusform>
            <numerusform>%1 (%n séries)</numerusform>
        </translation>
    </message>
    <message>
        <source>study</source>
        <translation>étude</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a study first, then export it.</source>
        <translation>Ouvrez d&apos;abord une étude, puis exportez-la.</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Rien n&apos;a été exporté. %1</translation>
    </message>
    <message>
        <source>Open a study first.</source>
        <translation>Ouvrez d&apos;abord une étude.</translation>
    </message>
    <message>
        <source>The image was not copied. %1</source>
        <translation>L&apos;image n&apos;a pas été copiée. %1</translation>
    </message>
    <message>
        <source>The image was copied with a watermark. It contains patient data: paste it only where the policy allows.</source>
        <translation>L&apos;image a été copiée avec un filigrane. Elle contient des données patient : ne la collez qu&apos;aux endroits autorisés par la politique.</translation>
    </message>
    <message>
        <source>Nothing was printed. %1</source>
        <translation>Rien n&apos;a été imprimé. %1</translation>
    </message>
    <message>
        <source>The image cannot be dragged out. %1</source>
        <translation>L&apos;image ne peut pas être glissée hors de la visionneuse. %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>About Custos</source>
        <translation>À propos de Custos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custos&lt;/b&gt; %1&lt;br&gt;A radiology viewer with the HIPAA safeguards built in.</source>
        <translation>&lt;b&gt;Custos&lt;/b&gt; %1&lt;br&gt;Une visionneuse radiologique intégrant les garanties de sécurité HIPAA.</translation>
    </message>
    <message>
        <source>Screen-capture protection on this computer: &lt;b&gt;%1&lt;/b&gt;. %2&lt;br&gt;&lt;br&gt;Site policy: %3 (%4).</source>
        <translation>Protection contre la capture d&apos;écran sur cet ordinateur : &lt;b&gt;%1&lt;/b&gt;. %2&lt;br&gt;&lt;br&gt;Politique du site : %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Dé-identifié</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Emergency &amp;Access (Break-Glass)…</source>
        <translation>&amp;Accès d&apos;urgence (bris de glace)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copier l&apos;image</translation>
    </message>
    <message>
        <source>A&amp;dministration…</source>
        <translation>A&amp;dministration…</translation>
    </message>
    <message>
        <source>&amp;About Custos</source>
        <translation>À &amp;propos de Custos</translation>
    </message>
    <message>
        <source>Training: AI Findings Review…</source>
        <translation>Formation : revue des résultats IA…</translation>
    </message>
    <message>
        <source>On-screen &amp;Watermark</source>
        <translation>&amp;Filigrane à l&apos;écran</translation>
    </message>
    <message>
        <source>Request emergency access…</source>
        <translation>Demander un accès d&apos;urgence…</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message>
        <source>Required by the site policy: this computer cannot keep Custos out of screen captures.</source>
        <translation>Exigé par la politique du site : cet ordinateur ne peut pas exclure Custos des captures d&apos;écran.</translation>
    </message>
    <message>
        <source>This study is not shown.</source>
        <translation>Cette étude n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>%1 studies are not shown.</source>
        <translation>%1 études ne sont pas affichées.</translation>
    </message>
    <message>
        <source>This study is not shown: %1</source>
        <translation>Cette étude n&apos;est pas affichée : %1</translation>
    </message>
    <message>
        <source>A short training opens first.</source>
        <translation>Une courte formation s&apos;ouvre d&apos;abord.</translation>
    </message>
    <message>
        <source>Complete the short training on AI review first: Help → Training: AI Findings Review…</source>
        <translation>Suivez d&apos;abord la courte formation sur la revue IA : Aide → Formation : revue des résultats IA…</translation>
    </message>
    <message>
        <source>Emergency access was not started: the training must be completed first.</source>
        <translation>L&apos;accès d&apos;urgence n&apos;a pas été démarré : la formation doit d&apos;abord être suivie.</translation>
    </message>
    <message>
        <source>Emergency access has ended; the study was closed.</source>
        <translation>L&apos;accès d&apos;urgence est terminé ; l&apos;étude a été fermée.</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS to one study — everything is recorded and reviewed. Ends in %1:%2.</source>
        <translation>ACCÈS D&apos;URGENCE à une étude — tout est enregistré et examiné. Fin dans %1:%2.</translation>
    </message>
    <message>
        <source>ended by the user</source>
        <translation>terminé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Your role (%1) does not review AI findings.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;examiner les résultats de l&apos;IA.</translation>
    </message>
    <message>
        <source>Nothing was printed (cancelled).</source>
        <translation>Rien n&apos;a été imprimé (annulé).</translation>
    </message>
    <message>
        <source>Nothing was printed: Custos prints to a printer only. To save the image as a file, use File → Export… (PNG or JPEG), which checks the folder against the site policy.</source>
        <translation>Rien n&apos;a été imprimé : Custos n&apos;imprime que sur une imprimante. Pour enregistrer l&apos;image dans un fichier, utilisez Fichier → Exporter… (PNG ou JPEG), qui vérifie le dossier selon la politique du site.</translation>
    </message>
    <message>
        <source>The window was closed.</source>
        <translation>La fenêtre a été fermée.</translation>
    </message>
    <message>
        <source>The site policy names no PACS &quot;%1&quot; any more.</source>
        <translation>La politique du site ne nomme plus de PACS « %1 ».</translation>
    </message>
</context>
<context>
    <name>custos::ui::CorrectDialog</name>
    <message>
        <source>Correct AI Finding</source>
        <translation>Corriger le résultat IA</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: change what the AI got wrong; everything else stays as the AI said. A finding that is wrong altogether is rejected, not corrected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : modifiez ce que l’IA a mal reconnu ; le reste demeure tel que l’IA l’a indiqué. Un résultat entièrement faux se rejette, il ne se corrige pas.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Box left (column)</source>
        <translation>Cadre, gauche (colonne)</translation>
    </message>
    <message>
        <source>Box top (row)</source>
        <translation>Cadre, haut (ligne)</translation>
    </message>
    <message>
        <source>Box right (column)</source>
        <translation>Cadre, droite (colonne)</translation>
    </message>
    <message>
        <source>Box bottom (row)</source>
        <translation>Cadre, bas (ligne)</translation>
    </message>
    <message>
        <source>Save Correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Nodule</source>
        <translation>Nodule</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Neoplasm</source>
        <translation>Néoplasme</translation>
    </message>
    <message>
        <source>Lymph node</source>
        <translation>Ganglion lymphatique</translation>
    </message>
    <message>
        <source>Scar</source>
        <translation>Cicatrice</translation>
    </message>
    <message>
        <source>Atelectasis</source>
        <translation>Atélectasie</translation>
    </message>
    <message>
        <source>Lung consolidation</source>
        <translation>Condensation pulmonaire</translation>
    </message>
    <message>
        <source>Pleural effusion</source>
        <translation>Épanchement pleural</translation>
    </message>
    <message>
        <source>Pneumothorax</source>
        <translation>Pneumothorax</translation>
    </message>
    <message>
        <source>%1 (as the AI said)</source>
        <translation>%1 (selon l’IA)</translation>
    </message>
    <message>
        <source>Finding class</source>
        <translation>Classe du résultat</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Affiché comme</translation>
    </message>
    <message>
        <source>Point column</source>
        <translation>Point : colonne</translation>
    </message>
    <message>
        <source>Point row</source>
        <translation>Point : ligne</translation>
    </message>
    <message>
        <source>Move right by (pixels)</source>
        <translation>Déplacer vers la droite de (pixels)</translation>
    </message>
    <message>
        <source>Move down by (pixels)</source>
        <translation>Déplacer vers le bas de (pixels)</translation>
    </message>
    <message>
        <source>The outline of a segment is not redrawn here: if it marks the wrong place, reject the finding as &quot;Wrong location&quot;.</source>
        <translation>Le contour d’un segment ne se redessine pas ici : s’il marque le mauvais endroit, rejetez le résultat comme « Mauvaise localisation ».</translation>
    </message>
    <message>
        <source>None given by the AI</source>
        <translation>Non indiquée par l’IA</translation>
    </message>
</context>
<context>
    <name>custos::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Residual risk: k = %1 over %n patient(s) (the smallest group sharing what the files keep: %2).</source>
        <translation>
            <numerusform>Risque résiduel : k = %1 sur %n patient (le plus petit groupe partageant ce que les fichiers conservent : %2).</numerusform>
            <numerusform>Risque résiduel : k = %1 sur %n patients (le plus petit groupe partageant ce que les fichiers conservent : %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Provenance manifest: %1</source>
        <translation>Manifeste de provenance : %1</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>They leave Custos&apos; protection: keep them only where the purpose needs them.</source>
        <translation>Ils quittent la protection de Custos : ne les conservez que là où la finalité l&apos;exige.</translation>
    </message>
    <message>
        <source>Export %1 DICOM files with the patient&apos;s name and other identifying data to %2?</source>
        <translation>Exporter %1 fichiers DICOM avec le nom du patient et d&apos;autres données identifiantes vers %2 ?</translation>
    </message>
    <message>
        <source>Export patient data</source>
        <translation>Exporter des données patient</translation>
    </message>
    <message>
        <source>Exported. Change the format, the scope or the folder to export again.</source>
        <translation>Exporté. Changez le format, la portée ou le dossier pour exporter de nouveau.</translation>
    </message>
    <message>
        <source>Your role does not allow this export. In an emergency you may request emergency (break-glass) access to this study; its short training comes first. Everything is recorded and reviewed.</source>
        <translation>Votre rôle ne permet pas cet export. En cas d&apos;urgence, vous pouvez demander un accès d&apos;urgence (bris de glace) à cette étude ; une courte formation vient d&apos;abord. Tout est enregistré et examiné.</translation>
    </message>
    <message>
        <source>Request emergency access…</source>
        <translation>Demander un accès d&apos;urgence…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>DICOM files, identified (as stored)</source>
        <translation>Fichiers DICOM, identifiés (tels qu&apos;enregistrés)</translation>
    </message>
    <message>
        <source>DICOM files, de-identified (PS3.15 Basic Profile)</source>
        <translation>Fichiers DICOM, dé-identifiés (profil de base PS3.15)</translation>
    </message>
    <message>
        <source>PNG image of the current view (watermarked)</source>
        <translation>Image PNG de la vue actuelle (avec filigrane)</translation>
    </message>
    <message>
        <source>JPEG image of the current view (watermarked)</source>
        <translation>Image JPEG de la vue actuelle (avec filigrane)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>What leaves:</source>
        <translation>Contenu exporté :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Where to:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <source>The site policy allows no export destination.</source>
        <translation>La politique du site n&apos;autorise aucune destination d&apos;export.</translation>
    </message>
    <message>
        <source>Allowed by the site policy: %1</source>
        <translation>Autorisé par la politique du site : %1</translation>
    </message>
    <message>
        <source>e.g. second opinion requested by the referring physician</source>
        <translation>p. ex. second avis demandé par le médecin prescripteur</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité :</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Politique :</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Rappel : %1</translation>
    </message>
    <message>
        <source>Export only what the purpose needs, only to where the policy allows, and check images for text burned into the pixels.</source>
        <translation>N&apos;exportez que ce dont la finalité a besoin, uniquement vers les destinations autorisées par la politique, et vérifiez que les images ne contiennent pas de texte incrusté dans les pixels.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message numerus="yes">
        <source>the study: %1 (%n file(s))</source>
        <translation>
            <numerusform>l&apos;étude : %1 (%n fichier)</numerusform>
            <numerusform>l&apos;étude : %1 (%n fichiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this series: %1 (%n file(s))</source>
        <translation>
            <numerusform>cette série : %1 (%n fichier)</numerusform>
            <numerusform>cette série : %1 (%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 image of %1</source>
        <translation>1 image sur %1</translation>
    </message>
    <message>
        <source>%1 files of %2</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <source>Allowed for your role (%1), de-identified: your role exports de-identified data only, whatever format you choose.</source>
        <translation>Autorisé pour votre rôle (%1), en dé-identifié : votre rôle n&apos;exporte que des données dé-identifiées, quel que soit le format choisi.</translation>
    </message>
    <message>
        <source>Allowed for your role (%1).</source>
        <translation>Autorisé pour votre rôle (%1).</translation>
    </message>
    <message>
        <source>Images carry the watermark &quot;%1&quot;.</source>
        <translation>Les images portent le filigrane « %1 ».</translation>
    </message>
    <message>
        <source>Allowed once you complete a short training (it opens when you press Export).</source>
        <translation>Autorisé après une courte formation (elle s&apos;ouvre lorsque vous cliquez sur Exporter).</translation>
    </message>
    <message>
        <source>Say why the data leaves (the purpose is recorded in the audit trail).</source>
        <translation>Indiquez pourquoi les données sortent (la finalité est consignée dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Nothing was exported: the training must be completed first.</source>
        <translation>Rien n&apos;a été exporté : la formation doit d&apos;abord être suivie.</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Rien n&apos;a été exporté. %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was exported.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé ; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>The export failed: %1 Nothing was left behind.</source>
        <translation>L&apos;export a échoué : %1 Aucun fichier partiel n&apos;a été conservé.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n fichier exporté vers %1</numerusform>
            <numerusform>%n fichiers exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, de-identified</source>
        <translation>, dé-identifié</translation>
    </message>
    <message>
        <source> (your role exports de-identified data only)</source>
        <translation> (votre rôle n&apos;exporte que des données dé-identifiées)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may have text burned into the pixels: look at them before they leave.</source>
        <translation>
            <numerusform>%n fichier peut contenir du texte incrusté dans les pixels : examinez-le avant qu&apos;il ne sorte.</numerusform>
            <numerusform>%n fichiers peuvent contenir du texte incrusté dans les pixels : examinez-les avant qu&apos;ils ne sortent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were held back, because de-identification cannot remove what their pixels show:</source>
        <translation>
            <numerusform>%n fichier a été retenu, car la dé-identification ne peut pas retirer ce que montrent ses pixels :</numerusform>
            <numerusform>%n fichiers ont été retenus, car la dé-identification ne peut pas retirer ce que montrent leurs pixels :</numerusform>
        </translation>
    </message>
    <message>
        <source>One image: the current view as on screen, with a burned-in watermark. Your role sees the patient&apos;s demographics masked, and so does the image.</source>
        <translation>Une image : la vue actuelle telle qu&apos;à l&apos;écran, avec un filigrane incrusté. Votre rôle voit les données démographiques du patient masquées, et l&apos;image aussi.</translation>
    </message>
    <message>
        <source>One image: the current view as on screen, with a burned-in watermark. It is not de-identified: the patient&apos;s name and ID in the corner text leave with it.</source>
        <translation>Une image : la vue actuelle telle qu&apos;à l&apos;écran, avec un filigrane incrusté. Elle n&apos;est pas dé-identifiée : le nom et l&apos;identifiant du patient dans le texte des coins partent avec elle.</translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM file(s), into a folder per study and series: &lt;folder&gt;/&lt;study&gt;/&lt;series&gt;/IM000001.dcm, …</source>
        <translation>
            <numerusform>%n fichier DICOM, dans un dossier par étude et série : &lt;dossier&gt;/&lt;étude&gt;/&lt;série&gt;/IM000001.dcm, …</numerusform>
            <numerusform>%n fichiers DICOM, dans un dossier par étude et série : &lt;dossier&gt;/&lt;étude&gt;/&lt;série&gt;/IM000001.dcm, …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM file(s) of the images flagged as key images, into a folder per study and series: &lt;folder&gt;/&lt;study&gt;/&lt;series&gt;/IM000001.dcm, …</source>
        <translation>
            <numerusform>%n fichier DICOM des images marquées comme images clés, dans un dossier par étude et série : &lt;dossier&gt;/&lt;étude&gt;/&lt;série&gt;/IM000001.dcm, …</numerusform>
            <numerusform>%n fichiers DICOM des images marquées comme images clés, dans un dossier par étude et série : &lt;dossier&gt;/&lt;étude&gt;/&lt;série&gt;/IM000001.dcm, …</numerusform>
        </translation>
    </message>
    <message>
        <source>the key images of %1</source>
        <translation>les images clés de %1</translation>
    </message>
    <message>
        <source>key images only (no image is flagged: press K on an image to flag it)</source>
        <translation>images clés seulement (aucune image n&apos;est marquée : K marque l&apos;image affichée)</translation>
    </message>
    <message numerus="yes">
        <source>key images only: %n file(s)</source>
        <translation>
            <numerusform>images clés seulement : %n fichier</numerusform>
            <numerusform>images clés seulement : %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::FindingsController</name>
    <message>
        <source>AI Findings</source>
        <translation>Résultats IA</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1 annotates images that are not in the open study; it is listed but cannot be shown.</source>
        <translation>%1 annote des images qui ne font pas partie de l&apos;étude ouverte ; il est listé mais ne peut pas être affiché.</translation>
    </message>
    <message numerus="yes">
        <source>%1 references %n image(s) Custos does not have.</source>
        <translation>
            <numerusform>%1 référence %n image dont Custos ne dispose pas.</numerusform>
            <numerusform>%1 référence %n images dont Custos ne dispose pas.</numerusform>
        </translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (corrigé)</translation>
    </message>
    <message>
        <source>This finding has no place on the images to go to.</source>
        <translation>Ce résultat n&apos;a pas d&apos;emplacement sur les images vers lequel naviguer.</translation>
    </message>
    <message>
        <source>Reviewing AI findings is not allowed for you.</source>
        <translation>Vous n&apos;êtes pas autorisé à examiner les résultats IA.</translation>
    </message>
    <message>
        <source>There are no AI findings to review.</source>
        <translation>Il n&apos;y a aucun résultat IA à examiner.</translation>
    </message>
    <message>
        <source>The study&apos;s folder is not known; choose a folder for the review.</source>
        <translation>Le dossier de l&apos;étude est inconnu ; choisissez un dossier pour la revue.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose another folder for the review.</source>
        <translation>Le dossier %1 ne peut pas être créé ; choisissez un autre dossier pour la revue.</translation>
    </message>
    <message>
        <source>The signed review is being sent already.</source>
        <translation>La revue signée est déjà en cours d’envoi.</translation>
    </message>
    <message>
        <source>The study was not opened from a PACS, so there is no PACS to send its review to.</source>
        <translation>L’étude n’a pas été ouverte depuis un PACS : il n’y a pas de PACS auquel envoyer sa revue.</translation>
    </message>
    <message>
        <source>The signed review was not sent to the PACS &quot;%1&quot;: %2
Your decisions are kept; sign again to send it.</source>
        <translation>La revue signée n’a pas été envoyée au PACS « %1 » : %2
Vos décisions sont conservées ; signez de nouveau pour l’envoyer.</translation>
    </message>
    <message>
        <source>The signed review was sent to the PACS &quot;%1&quot; as a DICOM SR.</source>
        <translation>La revue signée a été envoyée au PACS « %1 » sous forme de SR DICOM.</translation>
    </message>
</context>
<context>
    <name>custos::ui::FindingsPanel</name>
    <message>
        <source>No study is open.</source>
        <translation>Aucune étude n’est ouverte.</translation>
    </message>
    <message>
        <source>Not approved by this site: %1.</source>
        <translation>Non approuvé par ce site : %1.</translation>
    </message>
    <message>
        <source>Greyed, not approved by this site: %1.</source>
        <translation>Grisé, non approuvé par ce site : %1.</translation>
    </message>
    <message>
        <source>Open the training now</source>
        <translation>Ouvrir la formation maintenant</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Accepted: %1
Rejected: %2
Corrected: %3

Once signed, the decisions cannot be changed. The review is saved as a DICOM SR next to the study.</source>
        <translation>Acceptés : %1
Rejetés : %2
Corrigés : %3

Une fois signée, les décisions ne peuvent plus être modifiées. La revue est enregistrée comme SR DICOM à côté de l&apos;étude.</translation>
    </message>
    <message>
        <source>Sign the review of %1 AI findings as %2?</source>
        <translation>Signer la revue de %1 résultats d&apos;IA en tant que %2 ?</translation>
    </message>
    <message>
        <source>Findings still waiting for a decision: %1. Decide on each before signing.</source>
        <translation>Résultats encore sans décision : %1. Décidez de chacun avant de signer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Volume: %1 mL (%2 voxels)</source>
        <translation>Volume : %1 mL (%2 voxels)</translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation>Confiance : %1 %</translation>
    </message>
    <message>
        <source>Results of AI software: confirm before relying on them.</source>
        <translation>Résultats d&apos;un logiciel d&apos;IA : confirmez-les avant de vous y fier.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Heatmap ≥</source>
        <translation>Carte de chaleur ≥</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Commenter…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The finding is right (A)</source>
        <translation>Le résultat est correct (A)</translation>
    </message>
    <message>
        <source>Finish and Sign Review</source>
        <translation>Terminer et signer la revue</translation>
    </message>
    <message>
        <source>%1
File: %2
Annotates: %3%4</source>
        <translation>%1
Fichier : %2
Annote : %3%4</translation>
    </message>
    <message>
        <source>images not in the open study</source>
        <translation>images absentes de l&apos;étude ouverte</translation>
    </message>
    <message>
        <source>Looking for AI results…</source>
        <translation>Recherche des résultats IA…</translation>
    </message>
    <message>
        <source>No AI results in this study.</source>
        <translation>Aucun résultat IA dans cette étude.</translation>
    </message>
    <message numerus="yes">
        <source>%n AI object(s)</source>
        <translation>
            <numerusform>%n objet IA</numerusform>
            <numerusform>%n objets IA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Par %1, %2</translation>
    </message>
    <message>
        <source>You may look at the findings but not review them.</source>
        <translation>Vous pouvez consulter les résultats, mais pas les examiner.</translation>
    </message>
    <message>
        <source>Review signed by %1.</source>
        <translation>Revue signée par %1.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Reviewed %1 of %2.</source>
        <translation>%1 examinés sur %2.</translation>
    </message>
    <message>
        <source>Review signed</source>
        <translation>Revue signée</translation>
    </message>
    <message>
        <source>The signed review was saved as a DICOM SR:
%1</source>
        <translation>La revue signée a été enregistrée sous forme de SR DICOM :
%1</translation>
    </message>
    <message>
        <source>  ⚠ images not in this study</source>
        <translation>  ⚠ images absentes de cette étude</translation>
    </message>
    <message>
        <source>%1 (AI: %2)</source>
        <translation>%1 (IA : %2)</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Classe : %1</translation>
    </message>
    <message>
        <source>Review signed by %1. Sending it to the PACS &quot;%2&quot;…</source>
        <translation>Revue signée par %1. Envoi au PACS « %2 »…</translation>
    </message>
    <message>
        <source>Sent to the PACS &quot;%1&quot;.</source>
        <translation>Envoyée au PACS « %1 ».</translation>
    </message>
    <message>
        <source>Accepted: %1
Rejected: %2
Corrected: %3

Once signed, the decisions cannot be changed. The review is sent as a DICOM SR to the PACS &quot;%4&quot; the study came from; nothing is saved on this computer.</source>
        <translation>Acceptés : %1
Rejetés : %2
Corrigés : %3

Une fois signée, les décisions ne peuvent plus être modifiées. La revue est envoyée sous forme de SR DICOM au PACS « %4 » d’où vient l’étude ; rien n’est enregistré sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>custos::ui::HangingProtocols</name>
    <message>
        <source>The hanging protocols are not valid JSON (at character %1: %2).</source>
        <translation>Les protocoles d’affichage ne sont pas du JSON valide (au caractère %1 : %2).</translation>
    </message>
    <message>
        <source>The hanging protocols must be a list ([ … ]) of protocols.</source>
        <translation>Les protocoles d’affichage doivent être une liste ([ … ]) de protocoles.</translation>
    </message>
    <message>
        <source>There are %1 hanging protocols; at most %2 are read.</source>
        <translation>Il y a %1 protocoles d’affichage ; au plus %2 sont lus.</translation>
    </message>
    <message>
        <source>Hanging protocol %1 is not an object ({ … }).</source>
        <translation>Le protocole d’affichage %1 n’est pas un objet ({ … }).</translation>
    </message>
    <message>
        <source>Hanging protocol %1 has no name.</source>
        <translation>Le protocole d’affichage %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Two hanging protocols are called %1.</source>
        <translation>Deux protocoles d’affichage s’appellent %1.</translation>
    </message>
    <message>
        <source>Hanging protocol %1: &quot;bodyPart&quot; is not a valid pattern (%2).</source>
        <translation>Protocole d’affichage %1 : « bodyPart » n’est pas un motif valide (%2).</translation>
    </message>
    <message>
        <source>Hanging protocol %1: &quot;minSeries&quot; must be between 1 and 64.</source>
        <translation>Protocole d’affichage %1 : « minSeries » doit être entre 1 et 64.</translation>
    </message>
    <message>
        <source>Hanging protocol %1: the layout &quot;%2&quot; is not one of %3.</source>
        <translation>Protocole d’affichage %1 : la disposition « %2 » n’est pas l’une de %3.</translation>
    </message>
    <message>
        <source>Hanging protocol %1 has more than %2 panes.</source>
        <translation>Le protocole d’affichage %1 a plus de %2 panneaux.</translation>
    </message>
    <message>
        <source>Hanging protocol %1, pane %2: &quot;series&quot; is not a valid pattern (%3).</source>
        <translation>Protocole d’affichage %1, panneau %2 : « series » n’est pas un motif valide (%3).</translation>
    </message>
    <message>
        <source>Hanging protocol %1, pane %2: the window preset &quot;%3&quot; is not one of %4.</source>
        <translation>Protocole d’affichage %1, panneau %2 : le préréglage de fenêtre « %3 » n’est pas l’un de %4.</translation>
    </message>
</context>
<context>
    <name>custos::ui::LockPage</name>
    <message>
        <source>Custos is locked</source>
        <translation>Custos est verrouillé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Ends this session: the open studies are closed.</source>
        <translation>Met fin à cette session : les études ouvertes sont fermées.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Signed in: %1. Only this person can unlock.</source>
        <translation>Connecté : %1. Seule cette personne peut déverrouiller.</translation>
    </message>
    <message>
        <source>Enter your password and the code from your authenticator app.</source>
        <translation>Saisissez votre mot de passe et le code de votre application d&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>Takes effect the next time Custos starts</source>
        <translation>S&apos;applique au prochain démarrage de Custos</translation>
    </message>
    <message>
        <source>Shows or hides every AI outline, fill and box at once, to see the image underneath.</source>
        <translation>Affiche ou masque d&apos;un coup tous les contours, remplissages et cadres d&apos;IA, pour voir l&apos;image dessous.</translation>
    </message>
    <message>
        <source>AI &amp;Overlays</source>
        <translation>&amp;Superpositions IA</translation>
    </message>
    <message>
        <source>Measuring: distance, ellipse and freehand are drawn by dragging with the left button. The angle tool needs a drag too: drag along the first arm, release, then click where the second arm ends. O shows or hides all AI overlays at once.</source>
        <translation>Mesures : distance, ellipse et main levée se tracent en faisant glisser avec le bouton gauche. L&apos;outil d&apos;angle demande aussi un glissement : faites glisser le long du premier côté, relâchez, puis cliquez là où finit le second côté. O affiche ou masque d&apos;un coup toutes les superpositions IA.</translation>
    </message>
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
        <source>Open from &amp;PACS…</source>
        <translation>Ouvrir depuis le &amp;PACS…</translation>
    </message>
    <message>
        <source>Open from PACS</source>
        <translation>Ouvrir depuis le PACS</translation>
    </message>
    <message>
        <source>Nobody was asked whether the PACS may be used, so it is not.</source>
        <translation>Personne n’a été consulté pour savoir si le PACS peut être utilisé ; il ne l’est donc pas.</translation>
    </message>
    <message>
        <source>Unknown 3D preset &quot;%1&quot;.</source>
        <translation>Préréglage 3D inconnu « %1 ».</translation>
    </message>
    <message>
        <source>&amp;3D View</source>
        <translation>Vue &amp;3D</translation>
    </message>
    <message>
        <source>A volume rendering of the active series beside the layout, with the AI&apos;s segments as surfaces. Drag to rotate; shift-click moves the 2D views to that point.</source>
        <translation>Un rendu volumique de la série active à côté de la disposition, avec les segments de l’IA en surfaces. Faites glisser pour tourner ; Maj-clic amène les vues 2D à ce point.</translation>
    </message>
    <message>
        <source>3D &amp;Presets</source>
        <translation>&amp;Préréglages 3D</translation>
    </message>
    <message>
        <source>Reset MPR &amp;Planes</source>
        <translation>Réinitialiser les &amp;plans MPR</translation>
    </message>
    <message>
        <source>Turns oblique planes back to the acquisition planes through the crosshair; window, zoom and slice stay.</source>
        <translation>Ramène les plans obliques aux plans d&apos;acquisition passant par le réticule ; la fenêtre, le zoom et la coupe sont conservés.</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;MPR: drag a line&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rotate the other two planes (oblique; in two views: double oblique)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;MPR: drag a square&lt;/b&gt;&lt;/td&gt;&lt;td&gt;thick slab of that line&apos;s plane (a MIP unless another mode was chosen in View → Thick Slab)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the MPR planes to the acquisition planes (window, zoom and slice stay)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;MPR : glisser une ligne&lt;/b&gt;&lt;/td&gt;&lt;td&gt;faire pivoter les deux autres plans (oblique ; dans deux vues : double oblique)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;MPR : glisser un carré&lt;/b&gt;&lt;/td&gt;&lt;td&gt;coupe épaisse du plan de cette ligne (MIP, sauf si un autre mode a été choisi dans Affichage → Coupe épaisse)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Maj+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ramener les plans MPR aux plans d&apos;acquisition (fenêtre, zoom et coupe conservés)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Hanging Protocols</source>
        <translation>&amp;Protocoles d’affichage</translation>
    </message>
    <message>
        <source>&amp;Use Hanging Protocols</source>
        <translation>&amp;Utiliser les protocoles d’affichage</translation>
    </message>
    <message>
        <source>When a study opens, a matching protocol picks the layout, which series goes into which pane, and its window.</source>
        <translation>À l’ouverture d’une étude, un protocole correspondant choisit la disposition, quelle série va dans quel panneau, et sa fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;flag or unflag this image as a key image&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the measurements and key images with the study (or send them to the PACS it came from)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;3D view beside the layout&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a study from a PACS of the site policy&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;marquer ou démarquer cette image comme image clé&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;enregistrer les mesures et les images clés avec l’étude (ou les envoyer au PACS dont elle vient)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vue 3D à côté de la disposition&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maj+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ouvrir une étude depuis un PACS de la politique du site&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>the site&apos;s defaults (%1)</source>
        <translation>les valeurs par défaut du site (%1)</translation>
    </message>
    <message>
        <source>The site&apos;s hanging protocols (%1) were not used: %2</source>
        <translation>Les protocoles d’affichage du site (%1) n’ont pas été utilisés : %2</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>les vôtres</translation>
    </message>
    <message>
        <source>Your hanging protocols were not used: %1</source>
        <translation>Vos protocoles d’affichage n’ont pas été utilisés : %1</translation>
    </message>
    <message>
        <source>Hanging Protocols</source>
        <translation>Protocoles d’affichage</translation>
    </message>
    <message>
        <source>When a study opens, the first protocol it matches places its series (in use now: %1). &quot;bodyPart&quot; and &quot;series&quot; are patterns over Body Part Examined or Study Description, and Series Description; &quot;preset&quot; is a window (lung, mediastinum, abdomen, brain, bone…).</source>
        <translation>À l’ouverture d’une étude, le premier protocole qui lui correspond place ses séries (en usage : %1). « bodyPart » et « series » sont des motifs sur Body Part Examined ou Study Description, et sur Series Description ; « preset » est une fenêtre (lung, mediastinum, abdomen, brain, bone…).</translation>
    </message>
    <message>
        <source>Hanging protocol: %1.</source>
        <translation>Protocole d’affichage : %1.</translation>
    </message>
    <message>
        <source>Ready. Hanging protocol: %1.</source>
        <translation>Prêt. Protocole d’affichage : %1.</translation>
    </message>
</context>
<context>
    <name>custos::ui::OsLockMonitor</name>
    <message>
        <source>the computer is going to sleep</source>
        <translation>l&apos;ordinateur passe en veille</translation>
    </message>
    <message>
        <source>the computer was locked</source>
        <translation>l&apos;ordinateur a été verrouillé</translation>
    </message>
    <message>
        <source>the screen was locked</source>
        <translation>l&apos;écran a été verrouillé</translation>
    </message>
</context>
<context>
    <name>custos::ui::PacsLoginDialog</name>
    <message>
        <source>Sign in to the PACS &quot;%1&quot;</source>
        <translation>Se connecter au PACS « %1 »</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>The keychain is not available; the password is kept only until Custos closes.</source>
        <translation>Le trousseau n&apos;est pas disponible ; le mot de passe n&apos;est conservé que jusqu&apos;à la fermeture de Custos.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReadingMarksController</name>
    <message>
        <source>KEY IMAGE</source>
        <translation>IMAGE CLÉ</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Key Image</source>
        <translation>Image clé</translation>
    </message>
    <message>
        <source>Flag the image shown as a key image (K). Flagged images are saved as a Key Object Selection with the marks, and File → Export… can export them alone.</source>
        <translation>Marquer l&apos;image affichée comme image clé (K). Les images marquées sont enregistrées comme sélection d&apos;objets clés avec les marques, et Fichier → Exporter… peut les exporter seules.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>The title of the key image document (DICOM CID 7010).</source>
        <translation>Le titre du document d&apos;images clés (DICOM CID 7010).</translation>
    </message>
    <message>
        <source>Save Marks</source>
        <translation>Enregistrer les marques</translation>
    </message>
    <message>
        <source>Save the measurements and key images of this study with the study (as DICOM presentation states and a key object selection). The site policy decides whether you may; it is recorded.</source>
        <translation>Enregistrer les mesures et les images clés de cette étude avec l&apos;étude (comme états de présentation DICOM et sélection d&apos;objets clés). La politique du site décide si vous le pouvez ; c&apos;est journalisé.</translation>
    </message>
    <message>
        <source>Save &amp;Marks with the Study</source>
        <translation>Enregistrer les &amp;marques avec l&apos;étude</translation>
    </message>
    <message>
        <source>&amp;Key Image	K</source>
        <translation>Image &amp;clé	K</translation>
    </message>
    <message>
        <source>A reformatted plane is not an acquired image: flag key images in the acquisition plane.</source>
        <translation>Un plan reconstruit n&apos;est pas une image acquise : marquez les images clés dans le plan d&apos;acquisition.</translation>
    </message>
    <message>
        <source>Open a study first, then flag the image shown as a key image.</source>
        <translation>Ouvrez d&apos;abord une étude, puis marquez l&apos;image affichée comme image clé.</translation>
    </message>
    <message numerus="yes">
        <source>Key image flagged (%n in this study). Save Marks keeps them with the study.</source>
        <translation>
            <numerusform>Image clé marquée (%n dans cette étude). « Enregistrer les marques » la conserve avec l&apos;étude.</numerusform>
            <numerusform>Image clé marquée (%n dans cette étude). « Enregistrer les marques » les conserve avec l&apos;étude.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key image flag removed (%n left in this study).</source>
        <translation>
            <numerusform>Marque d&apos;image clé retirée (%n restante dans cette étude).</numerusform>
            <numerusform>Marque d&apos;image clé retirée (%n restantes dans cette étude).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some saved marks could not be read and were left as they are; the study is shown without them. %1</source>
        <translation>Certaines marques enregistrées n&apos;ont pas pu être lues et ont été laissées telles quelles ; l&apos;étude est affichée sans elles. %1</translation>
    </message>
    <message numerus="yes">
        <source>Your saved marks are back: %n measurement(s)</source>
        <translation>
            <numerusform>Vos marques enregistrées sont de retour : %n mesure</numerusform>
            <numerusform>Vos marques enregistrées sont de retour : %n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n key image(s).</source>
        <translation>
            <numerusform> et %n image clé.</numerusform>
            <numerusform> et %n images clés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>it belongs to another study.</source>
        <translation>il appartient à une autre étude.</translation>
    </message>
    <message>
        <source>Open a study first, then save its marks.</source>
        <translation>Ouvrez d&apos;abord une étude, puis enregistrez ses marques.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Measurements on reformatted planes are not saved (a presentation state marks acquired images); there is nothing else to save.</source>
        <translation>Les mesures sur des plans reconstruits ne sont pas enregistrées (un état de présentation marque des images acquises) ; il n&apos;y a rien d&apos;autre à enregistrer.</translation>
    </message>
    <message>
        <source>There are no measurements or key images to save.</source>
        <translation>Il n&apos;y a ni mesure ni image clé à enregistrer.</translation>
    </message>
    <message>
        <source>Nothing was saved: the training must be completed first.</source>
        <translation>Rien n&apos;a été enregistré : la formation doit d&apos;abord être suivie.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>The marks were not all saved: %1</source>
        <translation>Les marques n&apos;ont pas toutes été enregistrées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved with the study: %n measurement(s)</source>
        <translation>
            <numerusform>Enregistré avec l&apos;étude : %n mesure</numerusform>
            <numerusform>Enregistré avec l&apos;étude : %n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n key image(s) (%1).</source>
        <translation>
            <numerusform> et %n image clé (%1).</numerusform>
            <numerusform> et %n images clés (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) on reformatted planes were not saved: a presentation state marks acquired images.</source>
        <translation>
            <numerusform>%n mesure sur un plan reconstruit n&apos;a pas été enregistrée : un état de présentation marque des images acquises.</numerusform>
            <numerusform>%n mesures sur des plans reconstruits n&apos;ont pas été enregistrées : un état de présentation marque des images acquises.</numerusform>
        </translation>
    </message>
    <message>
        <source>This study has no folder of its own here (its files share no folder), so its marks cannot be saved with it. Nothing was saved.</source>
        <translation>Cette étude n’a pas de dossier propre ici (ses fichiers ne partagent aucun dossier) : ses marques ne peuvent pas être enregistrées avec elle. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Sending the marks to the PACS &quot;%1&quot;…</source>
        <translation>Envoi des marques au PACS « %1 »…</translation>
    </message>
    <message>
        <source>The marks were not sent to the PACS &quot;%1&quot;: %2 They are still here; save again to send them.</source>
        <translation>Les marques n’ont pas été envoyées au PACS « %1 » : %2 Elles sont toujours ici ; enregistrez de nouveau pour les envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the PACS &quot;%1&quot; with the study: %n measurement(s)</source>
        <translation>
            <numerusform>Envoyé au PACS « %1 » avec l’étude : %n mesure</numerusform>
            <numerusform>Envoyé au PACS « %1 » avec l’étude : %n mesures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::RejectDialog</name>
    <message>
        <source>Say in a few words why the finding is wrong: &quot;Other&quot; needs details.</source>
        <translation>Dites en quelques mots pourquoi le résultat est faux : « Autre » demande des détails.</translation>
    </message>
    <message>
        <source>Reject AI Finding</source>
        <translation>Rejeter le résultat IA</translation>
    </message>
    <message>
        <source>Optional; required for &quot;Other&quot;</source>
        <translation>Facultatif ; obligatoire pour « Autre »</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
</context>
<context>
    <name>custos::ui::SignInPage</name>
    <message>
        <source>personal mode: not for patient data in production</source>
        <translation>mode personnel : pas pour des données de patients en production</translation>
    </message>
    <message>
        <source>No site policy is installed on this computer: sign-in, roles and the audit trail are kept for this user only. IT installs a site policy and the Custos service for clinical use.</source>
        <translation>Aucune politique de site n’est installée sur cet ordinateur : la connexion, les rôles et la piste d’audit ne valent que pour cet utilisateur. Pour un usage clinique, le service informatique installe une politique de site et le service Custos.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the next code…</source>
        <translation>Attente de %1 s pour le code suivant…</translation>
    </message>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Sign in to read studies. Every access is recorded.</source>
        <translation>Connectez-vous pour consulter les études. Chaque accès est enregistré.</translation>
    </message>
    <message>
        <source>Opens your browser for your organisation&apos;s sign-in page.</source>
        <translation>Ouvre la page de connexion de votre organisation dans votre navigateur.</translation>
    </message>
    <message>
        <source>or with a local account:</source>
        <translation>ou avec un compte local :</translation>
    </message>
    <message>
        <source>6-8 digits from your authenticator app, or a recovery code</source>
        <translation>6 à 8 chiffres de votre application d&apos;authentification, ou un code de récupération</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>DEMO: fictitious patients and users with public passwords. Not for clinical use.</source>
        <translation>DÉMO : patients et utilisateurs fictifs avec mots de passe publics. Ne pas utiliser à des fins cliniques.</translation>
    </message>
    <message>
        <source>Pick a role and press &quot;Use&quot;: the built-in demo authenticator fills in the current code.</source>
        <translation>Choisissez un rôle et cliquez sur « Utiliser » : l&apos;authentificateur de démonstration intégré renseigne le code actuel.</translation>
    </message>
    <message>
        <source>User name (role)</source>
        <translation>Nom d&apos;utilisateur (rôle)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Code now</source>
        <translation>Code actuel</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>%1  (%2 s)</source>
        <translation>%1  (%2 s)</translation>
    </message>
    <message>
        <source>Enter your user name, your password and the code from your authenticator app.</source>
        <translation>Saisissez votre nom d&apos;utilisateur, votre mot de passe et le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Connexion...</translation>
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
    <message>
        <source>Oblique</source>
        <translation>Oblique</translation>
    </message>
    <message>
        <source>AI regions hidden on oblique planes</source>
        <translation>Régions IA masquées sur les plans obliques</translation>
    </message>
    <message>
        <source>Measurements hidden on oblique planes</source>
        <translation>Mesures masquées sur les plans obliques</translation>
    </message>
</context>
<context>
    <name>custos::ui::StepUpPage</name>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Second facteur</translation>
    </message>
    <message>
        <source>%1, your organisation&apos;s sign-in did not include a second factor, which this site requires. Enter the code from your authenticator app.</source>
        <translation>%1, la connexion de votre organisation n&apos;incluait pas de second facteur, alors que ce site en exige un. Saisissez le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Set up your second factor</source>
        <translation>Configurez votre second facteur</translation>
    </message>
    <message>
        <source>%1, this site requires a second factor and your organisation&apos;s sign-in did not include one. Scan this code with an authenticator app (for example Microsoft or Google Authenticator, FreeOTP), then enter the code it shows.</source>
        <translation>%1, ce site exige un second facteur et la connexion de votre organisation n&apos;en incluait pas. Scannez ce code avec une application d&apos;authentification (par exemple Microsoft ou Google Authenticator, FreeOTP), puis saisissez le code qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>Cannot scan? Type this key: %1</source>
        <translation>Impossible de scanner ? Saisissez cette clé : %1</translation>
    </message>
    <message>
        <source>Recovery codes, each usable once if the phone is lost. Write them down now; they are not shown again:
%1</source>
        <translation>Codes de récupération, chacun utilisable une seule fois en cas de perte du téléphone. Notez-les maintenant ; ils ne seront plus affichés :
%1</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d&apos;authentification.</translation>
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
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>DOE^J*  (* and ? are wildcards)</source>
        <translation>DUPONT^J*  (* et ? sont des jokers)</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <source>YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation>AAAAMMJJ ou AAAAMMJJ-AAAAMMJJ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>CT, MR, ...</source>
        <translation>CT, MR, ...</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Numéro d’accès</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N° d’accès</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Studies found: %1.</source>
        <translation>Examens trouvés : %1.</translation>
    </message>
    <message>
        <source>The site policy names no PACS, so there is nothing to search.</source>
        <translation>La politique du site ne nomme aucun PACS : il n’y a rien à rechercher.</translation>
    </message>
    <message>
        <source>Searching %1...</source>
        <translation>Recherche dans %1...</translation>
    </message>
    <message>
        <source>The encrypted cache is not available, and a retrieved study is kept nowhere else.</source>
        <translation>Le cache chiffré n’est pas disponible, et un examen récupéré n’est conservé nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Retrieving from %1...</source>
        <translation>Récupération depuis %1...</translation>
    </message>
    <message>
        <source>%v of %m instances</source>
        <translation>%v sur %m instances</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>%1 Nothing of the study is shown; retrieve it again when the PACS answers.</source>
        <translation>%1 Rien de l’étude n’est affiché ; récupérez-la à nouveau quand le PACS répondra.</translation>
    </message>
    <message>
        <source>Opened from the encrypted cache (instances: %1); the PACS was not asked again.</source>
        <translation>Ouverte depuis le cache chiffré (instances : %1) ; le PACS n’a pas été interrogé à nouveau.</translation>
    </message>
    <message>
        <source>The study is open, and kept in the encrypted cache (instances: %1).</source>
        <translation>L’étude est ouverte et conservée dans le cache chiffré (instances : %1).</translation>
    </message>
    <message>
        <source>The PACS &quot;%1&quot; has not answered for %2 seconds; still waiting (Cancel stops).</source>
        <translation>Le PACS « %1 » ne répond plus depuis %2 secondes ; l’attente continue (Annuler l’arrête).</translation>
    </message>
    <message>
        <source>0 of %1</source>
        <translation>0 sur %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Opening from the encrypted cache...</source>
        <translation>Ouverture depuis le cache chiffré...</translation>
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
    <name>custos::ui::TrainingDialog</name>
    <message>
        <source>Training: %1</source>
        <translation>Formation : %1</translation>
    </message>
    <message>
        <source>Before you continue, read this short module and answer its questions. It takes about three minutes and is asked again after a year or when it changes.</source>
        <translation>Avant de continuer, lisez ce court module et répondez à ses questions. Cela prend environ trois minutes ; il vous sera de nouveau demandé au bout d&apos;un an ou en cas de modification.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>I have read this — check my answers</source>
        <translation>J&apos;ai lu ce module — vérifier mes réponses</translation>
    </message>
    <message>
        <source>Answer question %1 as well.</source>
        <translation>Répondez également à la question %1.</translation>
    </message>
    <message>
        <source>Training cannot be recorded on this computer (no protected storage), so it cannot be completed.</source>
        <translation>La formation ne peut pas être enregistrée sur cet ordinateur (aucun stockage protégé) ; elle ne peut donc pas être suivie.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
</context>
<context>
    <name>custos::ui::VolumeView</name>
    <message>
        <source>Soft tissue</source>
        <translation>Tissus mous</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Poumon</translation>
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
        <translation>3D : ouvrez une série.</translation>
    </message>
    <message>
        <source>3D shows greyscale series; this one is in colour.</source>
        <translation>La 3D affiche les séries en niveaux de gris ; celle-ci est en couleur.</translation>
    </message>
    <message>
        <source>3D needs a series of at least two slices.</source>
        <translation>La 3D nécessite une série d’au moins deux coupes.</translation>
    </message>
    <message>
        <source>3D appears when every slice is read (%1 of %2).</source>
        <translation>La 3D apparaît quand toutes les coupes sont lues (%1 sur %2).</translation>
    </message>
    <message>
        <source>These images carry no patient geometry: 3D shows them as a plain stack.</source>
        <translation>Ces images n’ont pas de géométrie patient : la 3D les affiche comme une simple pile.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Coupes</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message numerus="yes">
        <source>AI segments: %n surface(s)</source>
        <translation>
            <numerusform>Segments IA : %n surface</numerusform>
            <numerusform>Segments IA : %n surfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>right</source>
        <translation>à droite</translation>
    </message>
    <message>
        <source>left</source>
        <translation>à gauche</translation>
    </message>
    <message>
        <source>top</source>
        <translation>en haut</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>en bas</translation>
    </message>
    <message>
        <source>Head: %1 · Patient left: %2</source>
        <translation>Tête : %1 · Gauche du patient : %2</translation>
    </message>
    <message>
        <source>There is not enough memory to show this series in 3D.</source>
        <translation>Il n’y a pas assez de mémoire pour afficher cette série en 3D.</translation>
    </message>
    <message numerus="yes">
        <source>%n slice(s) of this series could not be read, so it is not shown in 3D: the gaps would look like anatomy.</source>
        <translation>
            <numerusform>%n coupe de cette série n’a pas pu être lue, elle n’est donc pas affichée en 3D : le vide ressemblerait à de l’anatomie.</numerusform>
            <numerusform>%n coupes de cette série n’ont pas pu être lues, elle n’est donc pas affichée en 3D : les vides ressembleraient à de l’anatomie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the 3D view…</source>
        <translation>Préparation de la vue 3D…</translation>
    </message>
    <message numerus="yes">
        <source>%n in grey: AI model not approved by this site</source>
        <translation>
            <numerusform>%n en gris : modèle d’IA non approuvé par ce site</numerusform>
            <numerusform>%n en gris : modèle d’IA non approuvé par ce site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>; personal mode: not for patient data in production</source>
        <translation>; mode personnel : pas pour des données patient en production</translation>
    </message>
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
    <message>
        <source>Custos cannot start</source>
        <translation>Custos ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The site policy could not be used, so Custos does not start:

%1

Ask your IT department to correct or reinstall the policy file.</source>
        <translation>La politique du site n&apos;a pas pu être utilisée ; Custos ne démarre donc pas :

%1

Demandez à votre service informatique de corriger ou de réinstaller le fichier de politique.</translation>
    </message>
    <message>
        <source>the example site policy (demo; no site policy is installed)</source>
        <translation>la politique de site d&apos;exemple (démo ; aucune politique de site n&apos;est installée)</translation>
    </message>
    <message>
        <source>Show the 3D view (volume rendering and AI segment surfaces) beside the layout.</source>
        <translation>Afficher la vue 3D (rendu volumique et surfaces des segments IA) à côté de la disposition.</translation>
    </message>
    <message>
        <source>Initial 3D preset (soft, bone, lung, angio, mip).</source>
        <translation>Préréglage 3D initial (soft, bone, lung, angio, mip).</translation>
    </message>
    <message>
        <source>Demo: the demo users (one per role, public passwords) and their codes on the sign-in screen.</source>
        <translation>Démo : les utilisateurs de démonstration (un par rôle, mots de passe publics) et leurs codes sur l&apos;écran de connexion.</translation>
    </message>
    <message>
        <source>Sign in with this local account at start (password from --password-stdin, code from --otp).</source>
        <translation>Se connecter au démarrage avec ce compte local (mot de passe depuis --password-stdin, code depuis --otp).</translation>
    </message>
    <message>
        <source>Read the local account&apos;s password from standard input.</source>
        <translation>Lire le mot de passe du compte local sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The one-time code for --local.</source>
        <translation>Le code à usage unique pour --local.</translation>
    </message>
    <message>
        <source>Start single sign-on at once.</source>
        <translation>Lancer immédiatement l&apos;authentification unique (SSO).</translation>
    </message>
    <message>
        <source>OpenID provider (issuer URL) for single sign-on.</source>
        <translation>Fournisseur OpenID (URL de l&apos;émetteur) pour l&apos;authentification unique (SSO).</translation>
    </message>
    <message>
        <source>Client ID registered for Custos at the provider.</source>
        <translation>Identifiant client enregistré pour Custos chez le fournisseur.</translation>
    </message>
    <message>
        <source>Open the sign-in page with CMD ({url} is replaced) instead of the system browser.</source>
        <translation>Ouvrir la page de connexion avec CMD ({url} est remplacé) au lieu du navigateur du système.</translation>
    </message>
    <message>
        <source>Map an identity-provider group to a Custos role (repeatable).</source>
        <translation>Associer un groupe du fournisseur d&apos;identité à un rôle Custos (répétable).</translation>
    </message>
    <message>
        <source>Lock after this many idle seconds (only shorter than the site&apos;s limit).</source>
        <translation>Verrouiller après ce nombre de secondes d&apos;inactivité (uniquement plus court que la limite du site).</translation>
    </message>
    <message>
        <source>Local accounts need the system keychain, which is not available: %1</source>
        <translation>Les comptes locaux nécessitent le trousseau de clés du système, qui n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <source>The demo needs local accounts. %1</source>
        <translation>La démo nécessite des comptes locaux. %1</translation>
    </message>
    <message>
        <source>The role mapping &quot;%1&quot; needs GROUP=ROLE with one of the roles: %2.</source>
        <translation>L&apos;association de rôle « %1 » nécessite GROUP=ROLE avec l&apos;un des rôles : %2.</translation>
    </message>
    <message>
        <source>Single sign-on is not configured correctly: %1</source>
        <translation>L&apos;authentification unique (SSO) n&apos;est pas correctement configurée : %1</translation>
    </message>
</context>
</TS>
