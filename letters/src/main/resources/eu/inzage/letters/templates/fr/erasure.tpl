# Demande d'effacement (article 17 du RGPD) sur l'instruction signée du participant, envoyée en
# vertu du mandat. Tant que la copie des données (article 15, paragraphe 3, du RGPD) n'est pas
# parvenue, elle demande à la place la limitation du traitement (article 18 du RGPD) : les données
# sont encore nécessaires à des droits en justice.
@if copyReceived
@subject Demande d'effacement de données à caractère personnel (article 17 du RGPD)
@else
@subject Demande de limitation du traitement de données à caractère personnel (article 18 du RGPD)
@end
@salutation Madame, Monsieur,

@if copyReceived
{organisation} agit au nom {ofParticipant}. Sur l'instruction ci-jointe {ofParticipant} du
{erasureInstructedOn}, nous vous prions, en vertu de l'article 17 du règlement général sur la
protection des données (RGPD), de bien vouloir effacer dans les meilleurs délais toutes les
données à caractère personnel que vous traitez concernant cette personne. Nous agissons en vertu
du mandat ci-joint, signé par {participant}, qui ne permet une demande d'effacement que sur son
instruction.
@else
{organisation} agit au nom {ofParticipant}. Par l'instruction ci-jointe du {erasureInstructedOn},
{participant} nous a chargés de demander l'effacement de toutes les données à caractère
personnel que vous traitez concernant cette personne (article 17 du règlement général sur la
protection des données, RGPD). {participant} n'a pas encore reçu la copie de ces données
(article 15, paragraphe 3, du RGPD) et en a besoin pour la constatation, l'exercice ou la défense
de droits en justice (voir l'article 17, paragraphe 3, point e) du RGPD). Nous vous prions donc de
bien vouloir limiter dès à présent le traitement de ces données (article 18, paragraphe 1,
point c) du RGPD) et de ne pas les effacer avant de nous avoir fourni la copie. Dès réception de
la copie, nous demanderons l'effacement. Nous agissons en vertu du mandat ci-joint, signé par
{participant}.
@end

@heading La personne concernée
Veuillez utiliser les informations suivantes pour retrouver les données à caractère personnel
concernées :
@each identifiers
@field {label} | {value}
@end

@if copyReceived
@heading Motifs
{participant} invoque les motifs suivants de l'article 17, paragraphe 1, du RGPD :
- les données à caractère personnel ne sont plus nécessaires au regard des finalités pour
  lesquelles elles ont été collectées ou traitées d'une autre manière (article 17, paragraphe 1,
  point a) du RGPD) ;
- {participant} retire tout consentement sur lequel est fondé le traitement (article 17,
  paragraphe 1, point b) du RGPD et article 7, paragraphe 3, du RGPD) ;
- {participant} s'oppose au traitement des données à caractère personnel à des fins de
  prospection, y compris au profilage lié à une telle prospection (article 21, paragraphe 2, du
  RGPD) ; les données ne sont alors plus traitées à ces fins (article 21, paragraphe 3, du RGPD)
  et doivent être effacées (article 17, paragraphe 1, point c) du RGPD) ;
@if objectionGrounds
- {participant} s'oppose en outre au traitement en vertu de l'article 21, paragraphe 1, du RGPD,
  pour des raisons tenant à sa situation particulière : {objectionGrounds}. À moins que vous ne
  démontriez des motifs légitimes et impérieux qui prévalent, les données doivent être effacées
  (article 17, paragraphe 1, point c) du RGPD) ;
@end
- dans la mesure où le traitement était illicite, les données doivent être effacées pour cette
  raison également (article 17, paragraphe 1, point d) du RGPD).

@heading Notre demande
Nous vous prions de bien vouloir :
- effacer les données à caractère personnel, y compris les copies détenues par les
  sous-traitants qui agissent pour votre compte ;
- si vous avez rendu les données publiques, prendre des mesures raisonnables pour informer les
  autres responsables du traitement qui les traitent de la présente demande (article 17,
  paragraphe 2, du RGPD) ;
- notifier l'effacement à chaque destinataire auquel les données ont été communiquées, et nous
  indiquer qui sont ces destinataires (article 19 du RGPD) ;
- nous confirmer l'effacement par écrit.
@else
@heading Opposition
{participant} s'oppose au traitement des données à caractère personnel à des fins de
prospection, y compris au profilage lié à une telle prospection (article 21, paragraphe 2, du
RGPD) ; les données ne sont alors plus traitées à ces fins (article 21, paragraphe 3, du RGPD).
@if objectionGrounds
{participant} s'oppose en outre au traitement en vertu de l'article 21, paragraphe 1, du RGPD,
pour des raisons tenant à sa situation particulière : {objectionGrounds}. Pendant la vérification
de la question de savoir si vos motifs légitimes prévalent, le traitement doit être limité pour
cette raison également (article 18, paragraphe 1, point d) du RGPD).
@end

@heading Notre demande
Nous vous prions de bien vouloir :
- limiter le traitement des données à caractère personnel, de sorte qu'à l'exception de leur
  conservation, elles ne soient traitées qu'avec le consentement {ofParticipant} ou pour des
  droits en justice (article 18, paragraphe 2, du RGPD) ;
- ne pas effacer les données avant de nous avoir fourni la copie ;
- notifier la limitation à chaque destinataire auquel les données ont été communiquées, et nous
  indiquer qui sont ces destinataires (article 19 du RGPD) ;
- nous informer avant la levée de la limitation (article 18, paragraphe 3, du RGPD).
@end

En vertu de l'article 12, paragraphe 3, du RGPD, vous nous informez des mesures prises dans les
meilleurs délais et en tout état de cause dans un délai d'un mois à compter de la réception de la
présente demande.
@if due
Pour cette demande, ce délai expire le {due}.
@end
Si vous ne donnez pas suite à la demande, en tout ou en partie, par exemple parce que vous
invoquez une exception de l'article 17, paragraphe 3, du RGPD, nous vous prions de nous en
indiquer les motifs dans ce délai et de nous informer de la possibilité d'introduire une
réclamation auprès d'une autorité de contrôle et de former un recours juridictionnel (article 12,
paragraphe 4, du RGPD).

Par le mandat ci-joint, {participant} autorise {organisation} à recevoir votre réponse en son nom.
Veuillez nous l'adresser en rappelant notre référence.
@if organisationEmail
Notre adresse électronique est {organisationEmail}.
@end

@closing Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
@enclosure Mandat signé par {participant}
@enclosure Instruction d'effacement signée par {participant} le {erasureInstructedOn}
@if representative
@cc {representative}, représentant dans l'Union (article 27 du RGPD)
@end
