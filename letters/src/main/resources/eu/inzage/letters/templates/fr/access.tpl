# Demande d'accès au titre de l'article 15 du RGPD, envoyée par l'organisation en vertu du mandat.
@subject Demande d'accès aux données à caractère personnel (article 15 du RGPD)
@salutation Madame, Monsieur,

{organisation} agit au nom {ofParticipant}. Au nom {ofParticipant}, nous vous demandons, en
vertu de l'article 15 du règlement général sur la protection des données (RGPD), l'accès aux
données à caractère personnel que vous traitez concernant cette personne. Nous agissons en vertu
du mandat ci-joint, signé par {participant}.

@heading La personne concernée
Veuillez utiliser les informations suivantes pour retrouver les données à caractère personnel
concernées :
@each identifiers
@field {label} | {value}
@end

@heading Ce que nous demandons
Nous vous demandons de nous communiquer :
@each items
- {provision} : {name}.
@end

Veuillez fournir la copie (article 15, paragraphe 3, du RGPD) sous une forme électronique d'usage
courant, qui puisse être téléchargée et conservée et non seulement consultée en ligne. La copie
doit être une reproduction fidèle et intelligible des données à caractère personnel elles-mêmes,
et non un résumé de celles-ci (CJUE C-487/21, Österreichische Datenschutzbehörde, 4 mai 2023).
@if electronic
Cette demande étant présentée par voie électronique, nous vous prions de répondre également par
voie électronique (article 15, paragraphe 3, du RGPD).
@end
La première copie est gratuite et une demande d'accès n'a pas à être motivée (article 12,
paragraphe 5, et article 15, paragraphe 3, du RGPD ; CJUE C-307/22, FT contre DW, 26 octobre
2023).

@heading Délai
En vertu de l'article 12, paragraphe 3, du RGPD, vous devez répondre dans les meilleurs délais et
en tout état de cause dans un délai d'un mois à compter de la réception de la présente demande.
@if due
Pour cette demande, ce délai expire le {due}.
@end
Ce délai ne peut être prolongé de deux mois que si cela est nécessaire, compte tenu de la
complexité et du nombre de demandes ; vous devez alors nous informer de cette prolongation et de
ses motifs dans le premier mois. Si vous ne donnez pas suite à la demande, vous devez nous en
indiquer les motifs dans un délai d'un mois et nous informer de la possibilité d'introduire une
réclamation auprès d'une autorité de contrôle et de former un recours juridictionnel (article 12,
paragraphe 4, du RGPD). Vous ne pouvez
demander des informations supplémentaires pour confirmer l'identité que si vous avez des doutes
raisonnables à ce sujet (article 12, paragraphe 6, du RGPD).

@heading Mandat et adresse de votre réponse
Par le mandat ci-joint, {participant} autorise {organisation} à présenter cette demande et à
recevoir votre réponse et les données à caractère personnel au nom {ofParticipant}. Veuillez
nous adresser votre réponse et les données en rappelant notre référence.
@if organisationEmail
Notre adresse électronique est {organisationEmail}.
@end

@closing Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
@enclosure Mandat signé par {participant}
@if representative
@cc {representative}, représentant dans l'Union (article 27 du RGPD)
@end
