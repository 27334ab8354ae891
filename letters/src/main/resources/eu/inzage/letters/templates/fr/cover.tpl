# Lettre d'accompagnement d'une demande d'accès collective (article 15 du RGPD), un responsable, une vague.
@subject Demande collective d'accès aux données à caractère personnel (article 15 du RGPD)
@salutation Madame, Monsieur,

{organisation} agit pour le compte de {count} personnes qui nous ont chacune donné un mandat écrit.
En leur nom, nous vous demandons, en vertu de l'article 15 du règlement général sur la protection
des données (RGPD), l'accès aux données à caractère personnel que vous traitez concernant chacune d'elles.
@if several
Cette lettre est envoyée en {volumes} volumes ; voici le volume {volume}, qui couvre les
participants {first} à {last}.
@end

@heading Fondement juridique
Chaque participant dispose du droit d'accès prévu à l'article 15 du RGPD. Ce droit peut être
exercé par l'intermédiaire d'un représentant : nous agissons en vertu des mandats joints, signés
par chaque participant, qui nous autorisent à présenter cette demande et à recevoir votre réponse
et les données à caractère personnel pour le compte du participant. Les mandats relèvent du droit de la
@if lawCitation
représentation et sont régis par {law} ({lawCitation}).
@else
représentation et sont régis par {law}.
@end
L'article 80 du RGPD n'est pas nécessaire pour une demande d'accès.

@heading Ce que nous demandons pour chaque participant
- la confirmation que des données à caractère personnel concernant le participant sont ou ne sont pas
  traitées (article 15, paragraphe 1, du RGPD) ;
- l'accès à ces données et une copie de celles-ci (article 15, paragraphes 1 et 3, du RGPD), sous
  une forme électronique d'usage courant qui puisse être téléchargée et conservée : une
  reproduction fidèle et intelligible des données elles-mêmes, et non un résumé (CJUE C-487/21,
  Österreichische Datenschutzbehörde, 4 mai 2023) ;
- les informations visées à l'article 15, paragraphe 1, points a) à h), et paragraphe 2, du RGPD :
  finalités, catégories, destinataires effectifs, durée de conservation, droits de la personne
  concernée, droit d'introduire une réclamation, source, prise de décision automatisée y compris
  le profilage visée à l'article 22, paragraphes 1 et 4, du RGPD et sa logique, et garanties pour
  les transferts vers des pays tiers.

@heading Les participants
L'annexe énumère les participants de ce volume avec les éléments dont vous avez besoin pour
retrouver leurs données et la référence du mandat de chaque participant. Les mandats suivent
l'annexe, dans le même ordre. Nous vous prions de répondre pour chaque participant séparément, en
rappelant notre référence et le numéro du participant dans l'annexe.

@heading Délai
En vertu de l'article 12, paragraphe 3, du RGPD, vous devez répondre dans les meilleurs délais et
en tout état de cause dans un délai d'un mois à compter de la réception de cette lettre. Ce délai
ne peut être prolongé de deux mois que si cela est nécessaire, compte tenu de la complexité et du
nombre de demandes ; vous devez alors nous informer de la prolongation et de ses motifs dans le
premier mois. Si vous ne donnez pas suite à la demande d'un participant, vous devez nous en
indiquer les motifs dans un délai d'un mois et nous informer de la possibilité d'introduire une
réclamation auprès d'une autorité de contrôle et de former un recours juridictionnel (article 12,
paragraphe 4, du RGPD). La première copie est gratuite et une demande d'accès n'a pas à être
motivée (article 12, paragraphe 5, et article 15, paragraphe 3, du RGPD ; CJUE C-307/22, FT contre
DW, 26 octobre 2023). Vous ne pouvez demander des informations
supplémentaires pour confirmer l'identité d'un participant qu'en cas de doutes raisonnables
(article 12, paragraphe 6, du RGPD).

@heading Où adresser votre réponse
Nous vous prions d'adresser vos réponses et les données à {organisation}, en rappelant notre
référence.
@if organisationEmail
Notre adresse électronique est {organisationEmail}.
@end

@closing Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
@enclosure Annexe : liste des participants {first} à {last}
@enclosure Les mandats de ces {inVolume} participants
@if representative
@cc {representative}, représentant dans l'Union (article 27 du RGPD)
@end
