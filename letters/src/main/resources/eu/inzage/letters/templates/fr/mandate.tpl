# Le mandat (docs/law/mandate.md) : mandant, mandataire, étendue, substitution, durée, révocation, âge, droit.
@subject Mandat pour des demandes au titre du règlement général sur la protection des données

Je soussigné(e) (le mandant) autorise {organisation} (le mandataire) à agir en mon nom auprès de
{controller} et des entreprises qui lui sont liées et agissent en tant que responsables (conjoints)
du traitement, dans les conditions exposées ci-dessous.

@heading 1. Mandant
@field Nom | {participant}
@field Pays de résidence | {residence}
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
@if objectivesNote
@field Objet statutaire | {objectives} {objectivesNote}
@else
@field Objet statutaire | {objectives}
@end
@end

@heading 3. Étendue
Le présent mandat concerne {controller} et les entreprises qui lui sont liées et agissent en tant
que responsables (conjoints) du traitement. Il autorise le mandataire :
- à demander l'accès à mes données à caractère personnel en vertu de l'article 15 du RGPD, y
  compris une copie des données (article 15, paragraphe 3, du RGPD) ;
- sur mes instructions, à exercer en mon nom mes droits de rectification (article 16 du RGPD),
  d'effacement (article 17 du RGPD), de limitation du traitement (article 18 du RGPD), à la
  portabilité des données (article 20 du RGPD) et d'opposition (article 21 du RGPD) ;
- à répondre aux questions du responsable du traitement visant à vérifier mon identité et, si
  nécessaire, à fournir à cette fin une pièce d'identité (article 12, paragraphe 6, du RGPD) ;
- à recevoir la réponse et mes données à caractère personnel en mon nom ;
@if complaint
- à introduire en mon nom une réclamation auprès d'une autorité de contrôle (article 77 du
  RGPD) ; pour cette réclamation, je mandate le mandataire au sens de l'article 80, paragraphe 1,
  du RGPD ;
@end
@if proceedings
- à exercer en mon nom un recours contre une autorité de contrôle ou le responsable du traitement
  (articles 78 et 79 du RGPD) ;
@end
@if compensation
- à demander réparation en mon nom (article 82 du RGPD) ;
@end
- à assurer le suivi de ces demandes, notamment par des relances auprès du responsable du
  traitement.

J'accepte qu'un responsable du traitement me communique aussi mes données directement.

@heading 4. Substitution
@if subDelegation
Le mandataire peut se substituer, pour tout ou partie du présent mandat, un avocat ou un autre
représentant tenu au secret professionnel, qui agit alors aux mêmes conditions.
@else
Le mandataire ne peut pas se substituer une autre personne.
@end

@heading 5. Durée, révocation et déclaration
@if defaultTerm
@if validUntil
Le présent mandat est valable deux ans à compter du jour de sa signature, soit jusqu'au
{validUntil}, sauf révocation antérieure.
@else
Le présent mandat est valable deux ans à compter du jour de sa signature, sauf révocation
antérieure.
@end
@else
Le présent mandat est valable du jour de sa signature jusqu'au {validUntil}, sauf révocation
antérieure.
@end
Je peux le révoquer à tout moment en informant le mandataire.
@if organisationEmail
Un courriel à {organisationEmail} suffit.
@end
La révocation est sans effet sur les actes accomplis par le mandataire avant de l'avoir reçue.
Je déclare être âgé(e) d'au moins 18 ans et certifie que les informations ci-dessus sont exactes.

@heading 6. Droit applicable
@if lawCitation
Le présent mandat est régi par {law} ({lawCitation}).
@else
Le présent mandat est régi par {law}.
@end
@if bilingual
Le présent mandat est établi en deux langues ; les deux versions ont le même contenu.
@end
