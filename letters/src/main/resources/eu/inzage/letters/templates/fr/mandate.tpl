# Le mandat (docs/law/mandate.md) : mandant, mandataire, étendue, substitution, durée, révocation, âge.
@subject Mandat pour des demandes au titre du règlement général sur la protection des données

Je soussigné(e) (le mandant) autorise {organisation} (le mandataire) à agir en mon nom auprès de
{controller}, dans les conditions exposées ci-dessous.

@heading 1. Mandant
@field Nom | {participant}
@if birthDate
@field Date de naissance | {birthDate}
@end
@if address
@field Adresse | {address}
@end
@field Pays de résidence | {residence}
@if email
@field Adresse électronique | {email}
@end
@if phone
@field Numéro de téléphone | {phone}
@end
@each accounts
@field {label} (compte) | {value}
@end

@heading 2. Mandataire
@field Nom | {organisation}
@if legalForm
@field Forme juridique | {legalForm}
@end
@if registration
@field Numéro d'enregistrement | {registration}
@end
@if organisationAddress
@field Adresse | {organisationAddress}
@end
@if organisationEmail
@field Adresse électronique | {organisationEmail}
@end
@if objectives
@field Objet statutaire | {objectives}
@end

@heading 3. Étendue
Le présent mandat concerne {controller}. Il autorise le mandataire :
- à demander l'accès à mes données à caractère personnel en vertu de l'article 15 du RGPD, y
  compris une copie des données (article 15, paragraphe 3, du RGPD) ;
- sur mes instructions, à exercer en mon nom mes droits de rectification (article 16),
  d'effacement (article 17), de limitation du traitement (article 18), à la portabilité des
  données (article 20) et d'opposition (article 21) ;
- à recevoir la réponse et mes données à caractère personnel en mon nom ;
- à donner suite à ces demandes, notamment en introduisant une réclamation auprès d'une autorité
  de contrôle (article 77), en exerçant un recours contre une autorité de contrôle ou le
  responsable du traitement (articles 78 et 79) et en demandant réparation (article 82).

@heading 4. Substitution
@if subDelegation
Le mandataire peut se substituer, en tout ou en partie, un avocat ou un autre représentant tenu
au secret professionnel, qui agit alors aux mêmes conditions.
@else
Le mandataire ne peut pas se substituer une autre personne.
@end

@heading 5. Durée, révocation et déclaration
@if validUntil
Le présent mandat est valable du jour de sa signature jusqu'au {validUntil}, sauf révocation
antérieure.
@else
Le présent mandat est valable du jour de sa signature jusqu'à sa révocation.
@end
Je peux le révoquer à tout moment en informant le mandataire.
@if organisationEmail
Un courriel à {organisationEmail} suffit.
@end
La révocation est sans effet sur les actes accomplis par le mandataire avant de l'avoir reçue.
Je déclare être âgé(e) d'au moins 18 ans et que les informations ci-dessus sont exactes.
@if bilingual
Le présent mandat est établi en deux langues ; les deux versions ont le même contenu.
@end
