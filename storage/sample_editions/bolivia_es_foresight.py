"""The Spanish text of the Bolivia sample study's foresight work, keyed by its English text.

Events, horizons, observed data, signposts, drivers, objectives, actors, the scenario matrix, the
morphological box and the scenarios; the study and its variables are in bolivia_es.
"""

from __future__ import annotations

from storage.sample_editions.bolivia_es import BRIEF

FORESIGHT: dict[str, str] = {
    # Events
    "Mass protests": "Protestas masivas",
    "Large protests against economic hardship and reform, the brief's 'ongoing social unrest' flashpoint in the next six months. Unrest pressure jumps and reforms slow while they last.":
        "Grandes protestas contra las penurias económicas y las reformas: el foco de tensión 'ongoing social unrest' que el "
        "informe prevé para los próximos seis meses. Mientras duran, la presión de conflictividad se dispara y las reformas "
        "se frenan.",
    "Russian engagement with separatists": "Acercamiento ruso a los separatistas",
    "Renewed Russian influence through engagement with Bolivian separatist movements, the brief's second near-term flashpoint. Raises unrest, lowers stability and pulls alignment away from the US.":
        "Renovada influencia rusa mediante el acercamiento a movimientos separatistas bolivianos, el segundo foco de "
        "tensión de corto plazo del informe. Aumenta la conflictividad, reduce la estabilidad y aleja el alineamiento de "
        "EE. UU.",
    "Reform bill stalls": "Se estanca la ley de reformas",
    "The core reform legislation stalls for a year for want of buy-in from key stakeholders; delivery falls, and with it Ex-Im disbursement.":
        "La legislación central de las reformas se estanca un año por falta de respaldo de actores clave; cae la "
        "concreción de reformas y, con ella, el desembolso del Ex-Im.",
    "Ex-Im package approved": "Se aprueba el paquete del Ex-Im",
    "Ex-Im approves a larger infrastructure package. Disbursement stays conditional on demonstrable reforms.":
        "El Ex-Im aprueba un paquete de infraestructura mayor. El desembolso sigue condicionado a reformas demostrables.",
    "Security-cooperation rift": "Ruptura en la cooperación en seguridad",
    "The disagreement over the scope of US involvement in the security sector comes to a head; cooperation halves in practice and alignment cools.":
        "El desacuerdo sobre el alcance de la participación de EE. UU. en el sector de seguridad llega a un punto crítico; "
        "en la práctica la cooperación se reduce a la mitad y el alineamiento se enfría.",

    # Horizons
    "next 6 months": "próx. 6 meses",  # as the interface names it: it fits the charts' rows at 1024 px
    "5–10 years": "5–10 años",

    # Observed data (actuals)
    "the brief's figure, unverified": "cifra del informe, sin verificar",
    "The brief: \"According to the World Bank, Bolivia's GDP contracted by 3.8% in 2024\" (the World Bank's April 2024 outlook projected growth of about +1.4 %).":
        "El informe: \"According to the World Bank, Bolivia's GDP contracted by 3.8% in 2024\" (en inglés; las "
        "perspectivas del Banco Mundial de abril de 2024 proyectaban un crecimiento de alrededor de +1,4 %).",
    "The brief: lithium reserves \"estimated at 28 million tons – the third largest globally\" (USGS reports about 23 Mt of identified resources).":
        "El informe: reservas de litio \"estimated at 28 million tons – the third largest globally\" (en inglés; el USGS "
        "informa de unos 23 Mt de recursos identificados).",
    "The brief: \"approximately $50 million in development assistance\" over the past six months, about USD 100 million a year.":
        "El informe: \"approximately $50 million in development assistance\" (en inglés) en los últimos seis meses, "
        "alrededor de USD 100 millones al año.",

    # Signposts
    "Social unrest flares": "Estalla la conflictividad social",
    "A flashpoint the brief names for the next 6 months: \"ongoing social unrest\".":
        "Un foco de tensión que el informe señala para los próximos 6 meses: \"ongoing social unrest\".",
    "Outside influence through separatists": "Influencia externa a través de los separatistas",
    "A flashpoint the brief names for the next 6 months: \"renewed Russian influence through engagement with Bolivian separatist movements\".":
        "Un foco de tensión que el informe señala para los próximos 6 meses: \"renewed Russian influence through "
        "engagement with Bolivian separatist movements\".",
    "DFC backs lithium processing": "La DFC respalda el procesamiento del litio",
    "The brief: the DFC \"is currently evaluating\" a project to modernise lithium processing; money flowing means it decided.":
        "El informe: la DFC \"is currently evaluating\" un proyecto para modernizar el procesamiento del litio; si el "
        "dinero fluye, es que decidió.",
    "Ex-Im support flows on reforms": "El apoyo del Ex-Im fluye gracias a las reformas",
    "The brief: Ex-Im assistance \"must be accompanied by demonstrable reforms\".":
        "El informe: la asistencia del Ex-Im \"must be accompanied by demonstrable reforms\".",
    "Reform delivery slips": "Se rezaga la concreción de las reformas",
    "The brief: success \"hinges on Paz's ability to navigate domestic political challenges\".":
        "El informe: el éxito \"hinges on Paz's ability to navigate domestic political challenges\".",

    # Drivers
    "Pace of economic reform": "Ritmo de la reforma económica",
    "How fast the Paz government delivers the liberalisation it was elected on; Ex-Im support is conditional on it.":
        "Con qué rapidez concreta el gobierno de Paz la liberalización por la que fue elegido; el apoyo del Ex-Im depende "
        "de ello.",
    "Brief: 'the Paz Pivot' — reform promised; Ex-Im: 'must be accompanied by demonstrable reforms'":
        f"{BRIEF}: reformas prometidas; Ex-Im: 'must be accompanied by demonstrable reforms'",
    "Outside influence (Russia, China)": "Influencia externa (Rusia, China)",
    "Russian engagement with separatist movements and China's place in the lithium supply chain.":
        "El acercamiento ruso a los movimientos separatistas y el lugar de China en la cadena de suministro del litio.",
    "Brief: 'the Paz Pivot' — flashpoint: renewed Russian influence; US aims to reduce reliance on Chinese dominance":
        f"{BRIEF}: foco de tensión: renovada influencia rusa; EE. UU. busca depender menos del dominio chino",
    "Lithium price and investment": "Precio del litio e inversión",
    "Reserves of 28 million tons attract attention; the DFC is evaluating a processing project.":
        "Unas reservas de 28 millones de toneladas atraen la atención; la DFC evalúa un proyecto de procesamiento.",
    "Brief: 'the Paz Pivot', Data and Analysis; Recent Developments":
        f"{BRIEF}, Data and Analysis; Recent Developments",
    "Other commodity prices": "Precios de otras materias primas",
    "The 2024 contraction was largely attributed to declining commodity prices.":
        "La contracción de 2024 se atribuyó en gran medida a la caída de los precios de las materias primas.",
    "Brief: 'the Paz Pivot', Data and Analysis": f"{BRIEF}, Data and Analysis",
    "US aid and finance": "Ayuda y financiamiento de EE. UU.",
    "About USD 50 million of development assistance in six months; Ex-Im support on offer.":
        "Unos USD 50 millones de asistencia para el desarrollo en seis meses; apoyo del Ex-Im en oferta.",
    "Brief: 'the Paz Pivot', Recent Developments": f"{BRIEF}, Recent Developments",
    "Organised crime and trafficking": "Crimen organizado y narcotráfico",
    "Illicit activity projected to rise if governance stays weak.":
        "Se prevé que la actividad ilícita aumente si la gobernanza sigue siendo débil.",
    "Brief: 'the Paz Pivot' — the International Crisis Group's 2025 report as the brief quotes it":
        f"{BRIEF}: el informe de 2025 del International Crisis Group, tal como lo cita el informe",
    "A short-term flashpoint named by the brief.": "Un foco de tensión de corto plazo que señala el informe.",
    "Brief: 'the Paz Pivot', Looking Ahead": f"{BRIEF}, Looking Ahead",
    "Diversification beyond lithium": "Diversificación más allá del litio",
    "Named as a key long-term factor.": "Señalada como factor clave de largo plazo.",
    "Brief: 'the Paz Pivot', Looking Ahead (5-10 years)": f"{BRIEF}, Looking Ahead (5-10 years)",

    # Objectives
    "Lithium supply outside Chinese dominance": "Suministro de litio fuera del dominio chino",
    "Combat drug trafficking": "Combatir el narcotráfico",
    "A stable Bolivia": "Una Bolivia estable",
    "Attract foreign investment": "Atraer inversión extranjera",
    "Keep outside powers out of the security sector": "Mantener a las potencias externas fuera del sector de seguridad",
    "Russian and Chinese influence in Bolivia": "Influencia rusa y china en Bolivia",

    # Actors
    "United States": "Estados Unidos",
    "Lithium as a strategic asset that may reduce reliance on Chinese dominance of the supply chain; combat drug trafficking; keep Bolivia from becoming a haven for extremist groups; show commitment to regional stability, countering Russian or Chinese influence.":
        "El litio como activo estratégico que puede reducir la dependencia del dominio chino de la cadena de suministro; "
        "combatir el narcotráfico; evitar que Bolivia se convierta en refugio de grupos extremistas; mostrar compromiso con "
        "la estabilidad regional, contrarrestando la influencia rusa o china.",
    "Brief: 'the Paz Pivot', Key Stakeholders and Motivations: The United States":
        f"{BRIEF}, Key Stakeholders and Motivations: The United States",
    "The Paz government": "El gobierno de Paz",
    "Stabilise the economy, attract foreign investment and soften external pressures; a strong US partnership is seen as crucial; wary of external interference in the security sector.":
        "Estabilizar la economía, atraer inversión extranjera y suavizar las presiones externas; considera crucial una "
        "alianza sólida con EE. UU.; recela de la injerencia externa en el sector de seguridad.",
    "Brief: 'the Paz Pivot', Key Stakeholders and Motivations: Bolivia; Recent Developments":
        f"{BRIEF}, Key Stakeholders and Motivations: Bolivia; Recent Developments",
    "Colombia": "Colombia",
    "Having played a mediating role, seeks a stable neighbour to prevent further destabilisation.":
        "Tras haber hecho de mediador, busca un vecino estable para evitar una mayor desestabilización.",
    "Brief: 'the Paz Pivot', Key Stakeholders and Motivations: Regional Actors":
        f"{BRIEF}, Key Stakeholders and Motivations: Regional Actors",
    "Brazil": "Brasil",
    "Economic ties and regional security interests compel it to engage constructively.":
        "Los lazos económicos y sus intereses de seguridad regional lo llevan a participar de forma constructiva.",
    "Argentina": "Argentina",
    "The brief says it holds influence in Bolivia but states no motivation; no positions are assumed.":
        "El informe dice que tiene influencia en Bolivia pero no indica ninguna motivación; no se suponen posiciones.",
    "Russia": "Rusia",
    "Outside influence: the brief names renewed Russian influence through engagement with separatist movements as a flashpoint; it states no motivation of Russia's own.":
        "Influencia externa: el informe señala como foco de tensión una renovada influencia rusa mediante el acercamiento a "
        "movimientos separatistas; no indica ninguna motivación propia de Rusia.",
    "Brief: 'the Paz Pivot', Looking Ahead (next 6 months)": f"{BRIEF}, Looking Ahead (next 6 months)",
    "China": "China",
    "Outside influence: the brief names China only as dominant in the lithium supply chain the US wants to rely on less; it states no motivation of China's own.":
        "Influencia externa: el informe solo menciona a China como dominante en la cadena de suministro del litio de la que "
        "EE. UU. quiere depender menos; no indica ninguna motivación propia de China.",

    # The scenario matrix's poles
    "Stalled reform": "Reformas estancadas",
    "Fast reform": "Reformas rápidas",
    "Outside powers kept at bay": "Potencias externas a raya",
    "Great-power contest": "Pugna entre grandes potencias",

    # The morphological box
    "Reform": "Reformas",
    "Stalls": "Se estancan",
    "Steady": "Estable",
    "Fast": "Rápidas",
    "Lithium price": "Precio del litio",
    "Slump": "Caída",
    "Boom": "Auge",
    "Calm": "Calma",
    "Widespread": "Generalizada",
    "Outside influence": "Influencia externa",
    "Low": "Baja",
    "High": "Alta",

    # Scenarios
    "Tentative pivot": "Giro tentativo",
    "The **baseline**: the pivot continues as the brief describes it. US aid runs at about USD 100 million a year, the DFC approves the processing proposal in mid-2026, reforms proceed at a steady but unspectacular pace, and Ex-Im money trickles because reform delivery stays short of what it asks. No flashpoint is forced on or off: in a Monte Carlo run each happens with its own probability.":
        "El **escenario base**: el giro continúa como lo describe el informe. La ayuda de EE. UU. ronda los USD 100 millones "
        "al año, la DFC aprueba la propuesta de procesamiento a mediados de 2026, las reformas avanzan a un ritmo sostenido "
        "pero discreto y el dinero del Ex-Im llega a cuentagotas porque la concreción de reformas no alcanza lo que exige. "
        "Ningún foco de tensión se fuerza a activarse o no: en una simulación de Monte Carlo cada uno ocurre con su propia "
        "probabilidad.",
    "Reform dividend": "Dividendo de las reformas",
    "The government uses its mandate to push reforms hard and keeps its coalition together. Demonstrable reforms unlock the Ex-Im package, the DFC deal comes early and is larger, and investors follow. Reform costs are felt in the first years before the dividend arrives in growth and the fiscal balance.":
        "El gobierno usa su mandato para impulsar las reformas con fuerza y mantiene unida su coalición. Las reformas "
        "demostrables desbloquean el paquete del Ex-Im, el acuerdo con la DFC llega antes y es mayor, y los inversionistas "
        "lo siguen. Los costos de las reformas se sienten en los primeros años, antes de que el dividendo llegue al "
        "crecimiento y al balance fiscal.",
    "Reform dividend with lithium boom": "Dividendo de las reformas con auge del litio",
    "As *Reform dividend*, with a strong lithium market on top: prices climb towards USD 25,000/t and outside lithium investment more than doubles. Shows how much of the upside rests on lithium, and the limits the cost of new capacity puts on it.":
        "Como *Dividendo de las reformas*, y además con un mercado del litio fuerte: los precios suben hacia USD 25 000/t y "
        "la inversión externa en litio se duplica con creces. Muestra cuánto del potencial alcista depende del litio, y los "
        "límites que le pone el costo de la nueva capacidad.",
    "Stalled reform and unrest": "Reformas estancadas y conflictividad",
    "Mass protests in the first months sap the government's coalition, the reform bill stalls, and reform delivery never reaches what Ex-Im requires. The DFC stays cautious and decides late. Weak governance lets organised crime gain ground, as the International Crisis Group report cited in the brief warns.":
        "Las protestas masivas de los primeros meses debilitan la coalición de gobierno, la ley de reformas se estanca y la "
        "concreción de reformas nunca alcanza lo que exige el Ex-Im. La DFC se mantiene cautelosa y decide tarde. Una "
        "gobernanza débil deja ganar terreno al crimen organizado, como advierte el informe del International Crisis Group "
        "que cita el informe.",
    "Bolivia becomes a field of competition. Russia engages separatist movements, Chinese lithium partners press their offers, and the US answers with more aid. The government's wariness of outside involvement in its security sector hardens into an open rift over cooperation, and alignment with the US drifts down even as money flows in.":
        "Bolivia se convierte en un campo de competencia. Rusia se acerca a los movimientos separatistas, los socios chinos "
        "del litio insisten con sus ofertas y EE. UU. responde con más ayuda. El recelo del gobierno ante la injerencia "
        "externa en su sector de seguridad se convierte en una ruptura abierta sobre la cooperación, y el alineamiento con "
        "EE. UU. decae aunque el dinero siga llegando.",
}
