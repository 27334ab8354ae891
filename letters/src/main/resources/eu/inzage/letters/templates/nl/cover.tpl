# Begeleidende brief bij een collectief inzageverzoek (artikel 15 AVG), één verantwoordelijke, één golf.
@subject Collectief verzoek om inzage in persoonsgegevens (artikel 15 AVG)
@salutation Geachte heer, mevrouw,

{organisation} treedt op namens {count} personen die ons ieder schriftelijk hebben gemachtigd.
Namens hen verzoeken wij u op grond van artikel 15 van de Algemene verordening
gegevensbescherming (AVG) om inzage in de persoonsgegevens die u over ieder van hen verwerkt.
@if several
Deze brief wordt in {volumes} delen verzonden; dit is deel {volume}, met de deelnemers {first}
tot en met {last}.
@end

@heading Grondslag
Iedere deelnemer heeft het recht van inzage van artikel 15 AVG. Dat recht kan via een
vertegenwoordiger worden uitgeoefend: wij handelen krachtens de bijgevoegde volmachten, die iedere
deelnemer heeft ondertekend en die ons machtigen dit verzoek te doen en uw antwoord en de
persoonsgegevens namens de deelnemer te ontvangen. De volmachten berusten op het
@if lawCitation
vertegenwoordigingsrecht; op de volmachten is {law} van toepassing ({lawCitation}).
@else
vertegenwoordigingsrecht; op de volmachten is {law} van toepassing.
@end
Voor een inzageverzoek is artikel 80 AVG niet nodig.

@heading Wat wij per deelnemer vragen
- uitsluitsel of u persoonsgegevens over de deelnemer verwerkt (artikel 15 lid 1 AVG);
- inzage in die persoonsgegevens en een kopie ervan (artikel 15 leden 1 en 3 AVG), in een
  gangbare elektronische vorm die kan worden gedownload en bewaard: een getrouwe en begrijpelijke
  weergave van de gegevens zelf, geen samenvatting (HvJ EU C-487/21, Österreichische
  Datenschutzbehörde, 4 mei 2023);
- de informatie van artikel 15 lid 1 onder a tot en met h en lid 2 AVG: doeleinden,
  categorieën, de feitelijke ontvangers, de bewaartermijn, de rechten van de betrokkene, het recht
  om een klacht in te dienen, de bron, geautomatiseerde besluitvorming met inbegrip van
  profilering als bedoeld in artikel 22 leden 1 en 4 AVG en de onderliggende logica, en de
  waarborgen bij doorgifte aan derde landen.

@heading De deelnemers
De bijlage noemt de deelnemers in dit deel, met de gegevens die u nodig hebt om hun gegevens te
vinden en het kenmerk van de volmacht van iedere deelnemer. De volmachten volgen na de bijlage,
in dezelfde volgorde. Wij verzoeken u per deelnemer afzonderlijk te antwoorden, onder vermelding
van ons kenmerk en het nummer van de deelnemer in de bijlage.

@heading Termijn
Op grond van artikel 12 lid 3 AVG moet u onverwijld en in ieder geval binnen een maand na
ontvangst van deze brief antwoorden. Die termijn kan alleen indien nodig, gezien de complexiteit en
het aantal verzoeken, met twee maanden worden verlengd; u moet ons dan binnen de eerste maand over
de verlenging en de redenen daarvan informeren. Als u voor een deelnemer geen gevolg aan het
verzoek geeft, moet u ons binnen een maand de redenen meedelen en wijzen op de mogelijkheid een
klacht in te dienen bij een toezichthoudende autoriteit en beroep in te stellen bij de rechter
(artikel 12 lid 4 AVG). De eerste kopie is kosteloos en voor een inzageverzoek hoeven geen redenen
te worden gegeven (artikel 12 lid 5 en artikel 15 lid 3 AVG; HvJ EU C-307/22, FT tegen DW, 26
oktober 2023). U mag alleen om aanvullende gegevens ter bevestiging van de
identiteit van een deelnemer vragen als u redelijke twijfel over die identiteit hebt (artikel
12 lid 6 AVG).

@heading Waarheen u antwoordt
Wij verzoeken u de antwoorden en de gegevens aan {organisation} te sturen, onder vermelding van
ons kenmerk.
@if organisationEmail
Ons e-mailadres is {organisationEmail}.
@end

@closing Hoogachtend,
@enclosure Bijlage: lijst van de deelnemers {first} tot en met {last}
@enclosure De volmachten van deze {inVolume} deelnemers
@if representative
@cc {representative}, vertegenwoordiger in de Unie (artikel 27 AVG)
@end
