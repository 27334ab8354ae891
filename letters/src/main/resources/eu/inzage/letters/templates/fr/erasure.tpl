# Demande d'effacement au titre de l'article 17 du RGPD, envoyée en vertu du mandat.
@subject Demande d'effacement de données à caractère personnel (article 17 du RGPD)
@salutation Madame, Monsieur,

{organisation} agit au nom de {participant}. Au nom de {participant}, nous vous demandons, en
vertu de l'article 17 du règlement général sur la protection des données (RGPD), d'effacer dans
les meilleurs délais toutes les données à caractère personnel que vous traitez concernant cette
personne. Nous agissons en vertu du mandat ci-joint, signé par {participant}.

@heading La personne concernée
Veuillez utiliser les informations suivantes pour retrouver les données à caractère personnel
concernées :
@each identifiers
@field {label} | {value}
@end

@heading Motifs
{participant} invoque les motifs suivants de l'article 17, paragraphe 1, du RGPD :
- les données à caractère personnel ne sont plus nécessaires au regard des finalités pour
  lesquelles elles ont été collectées ou traitées d'une autre manière (point a) ;
- {participant} retire tout consentement sur lequel est fondé le traitement (point b et article
  7, paragraphe 3, du RGPD) ;
- {participant} s'oppose au traitement en vertu de l'article 21 du RGPD et il n'existe pas de
  motif légitime impérieux pour le traitement (point c) ;
- dans la mesure où le traitement était illicite, les données doivent être effacées pour cette
  raison également (point d).

@heading Ce que nous vous demandons
- Effacez les données à caractère personnel, y compris les copies détenues par les sous-traitants
  qui agissent pour votre compte.
- Si vous avez rendu les données publiques, prenez des mesures raisonnables pour informer les
  autres responsables du traitement qui les traitent de la présente demande (article 17,
  paragraphe 2, du RGPD).
- Notifiez l'effacement à chaque destinataire auquel les données ont été communiquées, et
  indiquez-nous qui sont ces destinataires (article 19 du RGPD).
- Confirmez-nous l'effacement par écrit.

En vertu de l'article 12, paragraphe 3, du RGPD, vous devez nous informer des mesures prises dans
les meilleurs délais et en tout état de cause dans un délai d'un mois à compter de la réception de
la présente demande.
@if due
Pour cette demande, ce délai expire le {due}.
@end
Si vous n'effacez pas les données, en tout ou en partie, par exemple parce que vous invoquez une
exception de l'article 17, paragraphe 3, du RGPD, vous devez nous en indiquer les motifs dans ce
délai et nous informer de la possibilité d'introduire une réclamation auprès d'une autorité de
contrôle (article 12, paragraphe 4, du RGPD).

Par le mandat ci-joint, {participant} autorise {organisation} à recevoir votre réponse en son nom.
Veuillez nous l'adresser en rappelant notre référence.
@if organisationEmail
Notre adresse électronique est {organisationEmail}.
@end

@closing Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
@enclosure Mandat signé par {participant}
@if representative
@cc {representative}, représentant dans l'Union (article 27 du RGPD)
@end
