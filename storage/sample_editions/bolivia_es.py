"""The Spanish text of the Bolivia sample study, keyed by its English text.

One entry per distinct English string of resources/samples/bolivia-paz-pivot.json that a person reads.
The brief is in English: what it says in quotation marks, its title and its section names are citations
and stay as written; the framing around them is Spanish. A figure the English edition marks as the
brief's claim, unverified, is marked so here too.

This part holds the study and its variables; bolivia_es_coefficients the model's named coefficients;
bolivia_es_foresight the rest. The translator merges the three.
"""

from __future__ import annotations

BRIEF = "Informe: 'the Paz Pivot' (en inglés)"  # the title of a document written in English

# The study itself and its variables: groups, units, sources, assumptions and indicators.
STUDY: dict[str, str] = {
    # The study
    "Bolivia: the Paz Pivot": "Bolivia: el giro de Paz",
    "A quantitative scenario study of Bolivia after the election of Rodrigo Paz and the renewed US engagement the brief calls **\"the Paz Pivot\"**: lithium, development finance, reform, social unrest, organised crime and outside influence, and what they mean for growth, the public finances, stability and alignment with the US.\n\n**Two horizons.** The study is dated as the brief speaks: April 2026, six months into the Paz Pivot (the new government took office in November 2025). The short term is **the next 6 months**, April to October 2026, where the brief's flashpoints sit (social unrest; renewed Russian influence through separatist movements). The long term is **5–10 years**, April 2031 to April 2036, where reform, lithium and diversification play out; the time axis runs from 2025 to mid-2036 so that both horizons lie inside it.\n\n**Sources.** Figures come from the brief *\"the Paz Pivot\"* (file `seed/000_c3ca15c6d8553d8d.txt`) as it states them: GDP contracted 3.8 % in 2024 (World Bank); lithium reserves of 28 million tons, the third largest; about USD 50 million of US development assistance in six months for renewables and infrastructure; a DFC proposal to modernise lithium processing under evaluation; Ex-Im support conditional on demonstrable reforms; increased intelligence sharing and the government's wariness of outside involvement in its security sector; and the International Crisis Group's 2025 finding that organised crime would rise if governance stays weak. Where public sources differ, the brief's figures are kept as the brief's and marked unverified: the World Bank's April 2024 outlook projected growth of about +1.4 % for 2024, not a contraction of 3.8 %; USGS reports about 23 Mt of identified lithium resources, the largest known, where the brief says 28 million tons of reserves, the third largest. Every variable's *source* says whether its figure comes from the brief or is a modelling assumption. The brief's historical claims and quoted commentators are **not used**: several of the historical claims are inaccurate.\n\nIndices run from 0 to 100. Move any driver and every indicator re-projects; the events are the brief's flashpoints, on or off per scenario.\n":
        "Un estudio cuantitativo de escenarios sobre Bolivia tras la elección de Rodrigo Paz y el renovado acercamiento de "
        "EE. UU. que el informe llama **\"the Paz Pivot\"** (el giro de Paz): litio, financiamiento para el desarrollo, "
        "reformas, conflictividad social, crimen organizado e influencia externa, y lo que significan para el crecimiento, "
        "las finanzas públicas, la estabilidad y el alineamiento con EE. UU.\n\n"
        "**Dos horizontes.** El estudio está fechado como habla el informe: abril de 2026, seis meses después del inicio "
        "del giro de Paz (el nuevo gobierno asumió en noviembre de 2025). El corto plazo son **los próximos 6 meses**, de "
        "abril a octubre de 2026, donde están los focos de tensión que señala el informe (la conflictividad social; una "
        "renovada influencia rusa a través de movimientos separatistas). El largo plazo son **5–10 años**, de abril de 2031 "
        "a abril de 2036, donde se juegan las reformas, el litio y la diversificación; el eje temporal va de 2025 a mediados "
        "de 2036 para que ambos horizontes queden dentro.\n\n"
        "**Fuentes.** Las cifras provienen del informe *\"the Paz Pivot\"* (en inglés; archivo "
        "`seed/000_c3ca15c6d8553d8d.txt`) tal como él las enuncia: el PIB se contrajo 3,8 % en 2024 (Banco Mundial); "
        "reservas de litio de 28 millones de toneladas, las terceras más grandes; unos USD 50 millones de asistencia de "
        "EE. UU. para el desarrollo en seis meses, destinados a energías renovables e infraestructura; una propuesta de la "
        "DFC para modernizar el procesamiento del litio, en evaluación; un apoyo del Ex-Im condicionado a reformas "
        "demostrables; más intercambio de inteligencia y la desconfianza del gobierno ante la injerencia externa en su "
        "sector de seguridad; y la conclusión del International Crisis Group en 2025 de que el crimen organizado crecería "
        "si la gobernanza sigue siendo débil. Donde las fuentes públicas difieren, las cifras del informe se conservan como "
        "del informe y se marcan sin verificar: la perspectiva del Banco Mundial de abril de 2024 proyectaba un crecimiento "
        "de alrededor de +1,4 % para 2024, no una contracción de 3,8 %; el USGS informa unos 23 Mt de recursos identificados "
        "de litio, los mayores conocidos, donde el informe dice 28 millones de toneladas de reservas, las terceras más "
        "grandes. La *fuente* de cada variable indica si su cifra proviene del informe o es un "
        "supuesto de modelización. Las afirmaciones históricas del informe y los comentaristas que cita **no se usan**: "
        "varias de esas afirmaciones históricas son inexactas.\n\n"
        "Los índices van de 0 a 100. Mueva cualquier impulsor y cada indicador se vuelve a proyectar; los eventos son los "
        "focos de tensión del informe, activados o no en cada escenario.\n",

    # Groups
    "Economy": "Economía",
    "Lithium": "Litio",
    "Security": "Seguridad",
    "Politics": "Política",
    "External actors": "Actores externos",

    # Units: the words translated, the symbols kept as pint reads them (models/units)
    "index (0–100)": "índice (0–100)",
    "index (2024 = 100)": "índice (2024 = 100)",
    "USD/t LCE": "USD/t LCE",
    "USD M/yr": "USD M/año",
    "year": "año",
    "USD per t/yr LCE": "USD por t/año LCE",
    "points (before the 0–100 bound)": "puntos (antes de acotar a 0–100)",
    "t/yr LCE": "t/año LCE",
    "share (0–1)": "proporción (0–1)",
    "million t": "M t (millones de toneladas)",
    "%/yr": "%/año",
    "% of GDP": "% del PIB",
    "%/yr (of GDP)": "%/año (del PIB)",
    "USD bn (2024 prices)": "USD bn (miles de millones, precios de 2024)",

    # Common sources
    "Modelling assumption; not in the brief": "Supuesto de modelización; no figura en el informe",
    "Modelling assumption; not in the brief (starting level about USD 50 bn)":
        "Supuesto de modelización; no figura en el informe (nivel inicial de unos USD 50 000 millones)",

    # Assumptions
    "Reform pace": "Ritmo de las reformas",
    "How fast the government pushes its economic reform programme (0 = none, 50 = steady, 100 = as fast as politically conceivable). What is actually delivered also depends on the governing coalition and on unrest.":
        "Con qué rapidez impulsa el gobierno su programa de reformas económicas (0 = nada, 50 = ritmo sostenido, 100 = lo "
        "más rápido que sea políticamente concebible). Lo que realmente se concreta depende también de la coalición de "
        "gobierno y de la conflictividad.",
    "Brief: 'the Paz Pivot' — Paz elected on a platform of economic reform and liberalisation; the 0–100 scale and the value are a modelling assumption":
        f"{BRIEF}: Paz fue elegido con un programa de reforma económica y liberalización; la escala 0–100 y el valor son un "
        "supuesto de modelización",
    "Other commodity export prices": "Precios de otras materias primas exportadas",
    "Prices of Bolivia's non-lithium commodity exports (natural gas, minerals), 2024 = 100.":
        "Precios de las materias primas que Bolivia exporta aparte del litio (gas natural, minerales), 2024 = 100.",
    "Brief: 'the Paz Pivot' — the 2024 contraction was 'largely attributed to declining commodity prices'; the index path is a modelling assumption":
        f"{BRIEF}: la contracción de 2024 fue 'largely attributed to declining commodity prices'; la trayectoria del "
        "índice es un supuesto de modelización",
    "Diversification effort": "Esfuerzo de diversificación",
    "Effort to grow sectors beyond lithium and hydrocarbons; pays off gradually over about five years.":
        "Esfuerzo por desarrollar sectores más allá del litio y los hidrocarburos; rinde frutos poco a poco, a lo largo de "
        "unos cinco años.",
    "Brief: 'the Paz Pivot' — diversifying beyond lithium named as a key long-term factor; the scale and value are a modelling assumption":
        f"{BRIEF}: la diversificación más allá del litio figura como factor clave de largo plazo; la escala y el valor son "
        "un supuesto de modelización",
    "Lithium carbonate price": "Precio del carbonato de litio",
    "World price of lithium carbonate equivalent (LCE). The default is a gentle recovery path; drag the slider for a flat price. The uncertainty shifts the whole path up or down.":
        "Precio mundial del carbonato de litio equivalente (LCE). Por defecto sigue una trayectoria de recuperación suave; "
        "arrastre el control deslizante para un precio constante. La incertidumbre desplaza toda la trayectoria hacia "
        "arriba o hacia abajo.",
    "DFC-backed processing investment": "Inversión en procesamiento respaldada por la DFC",
    "Annual flow of US Development Finance Corporation-backed investment into modernising lithium processing, once the proposal is approved.":
        "Flujo anual de inversión respaldada por la Corporación Financiera de Desarrollo de EE. UU. (DFC) para modernizar "
        "el procesamiento del litio, una vez aprobada la propuesta.",
    "Brief: 'the Paz Pivot' — the DFC is evaluating proposals including one to modernise Bolivia's lithium processing facilities; the amount is a modelling assumption":
        f"{BRIEF}: la DFC evalúa propuestas, entre ellas una para modernizar las plantas de procesamiento de litio de "
        "Bolivia; el monto es un supuesto de modelización",
    "DFC approval date": "Fecha de aprobación de la DFC",
    "When the DFC approves the processing proposal and money starts to flow.":
        "Cuándo aprueba la DFC la propuesta de procesamiento y empieza a fluir el dinero.",
    "Brief: 'the Paz Pivot' — proposal under evaluation; the date is a modelling assumption":
        f"{BRIEF}: propuesta en evaluación; la fecha es un supuesto de modelización",
    "Other lithium investment (base)": "Otra inversión en litio (base)",
    "Lithium investment from the state company and non-US partners at average stability and a USD 12,000/t price; scaled in the model by stability, price and outside (Chinese) engagement.":
        "Inversión en litio de la empresa estatal y de socios no estadounidenses con una estabilidad media y un precio de "
        "USD 12 000/t; el modelo la ajusta según la estabilidad, el precio y la participación externa (china).",
    "Capital cost of new capacity": "Costo de capital de la nueva capacidad",
    "Investment needed for one tonne a year of new lithium carbonate capacity, before the cost rises with scale.":
        "Inversión necesaria por cada tonelada anual de nueva capacidad de carbonato de litio, antes de que el costo suba "
        "con la escala.",
    "US intelligence sharing": "Intercambio de inteligencia de EE. UU.",
    "Intensity of US intelligence sharing with Bolivian security forces against drug trafficking and transnational crime.":
        "Intensidad del intercambio de inteligencia de EE. UU. con las fuerzas de seguridad bolivianas contra el "
        "narcotráfico y el crimen transnacional.",
    "Brief: 'the Paz Pivot' — the US 'has increased its intelligence sharing with Bolivian security forces'; the scale and value are a modelling assumption":
        f"{BRIEF}: EE. UU. 'has increased its intelligence sharing with Bolivian security forces'; la escala y el valor son "
        "un supuesto de modelización",
    "Government wariness of outside security involvement": "Recelo del gobierno ante la injerencia externa en seguridad",
    "How reluctant the Paz administration is to let outside actors into its security sector; it blunts the effect of intelligence sharing and cools alignment.":
        "Cuán reacio es el gobierno de Paz a dejar entrar actores externos en su sector de seguridad; atenúa el efecto del "
        "intercambio de inteligencia y enfría el alineamiento.",
    "Brief: 'the Paz Pivot' — disagreements over the scope of US involvement in the security sector, with the administration 'wary of external interference'; the scale and value are a modelling assumption":
        f"{BRIEF}: desacuerdos sobre el alcance de la participación de EE. UU. en el sector de seguridad, con un gobierno "
        "'wary of external interference'; la escala y el valor son un supuesto de modelización",
    "Regional trafficking pressure": "Presión regional del narcotráfico",
    "Outside pressure from drug-trafficking and transnational criminal networks, including spillover from neighbouring conflicts.":
        "Presión externa de las redes del narcotráfico y del crimen transnacional, incluido el contagio de conflictos en "
        "países vecinos.",
    "Brief: 'the Paz Pivot' — security concerns about organised crime and 'potential spillover from neighboring conflicts'; the scale and value are a modelling assumption":
        f"{BRIEF}: preocupación por el crimen organizado y 'potential spillover from neighboring conflicts'; la escala y "
        "el valor son un supuesto de modelización",
    "Social unrest baseline": "Nivel de base de la conflictividad social",
    "Underlying level of social discontent before economic conditions, reforms and crime are taken into account.":
        "Nivel subyacente de descontento social antes de tener en cuenta las condiciones económicas, las reformas y el "
        "crimen.",
    "Brief: 'the Paz Pivot' — 'ongoing social unrest' named as a flashpoint; the scale and value are a modelling assumption":
        f"{BRIEF}: 'ongoing social unrest' figura como foco de tensión; la escala y el valor son un supuesto de modelización",
    "Governing coalition strength": "Fortaleza de la coalición de gobierno",
    "Legislative and social support the government can draw on to pass and implement reforms.":
        "Apoyo legislativo y social con el que cuenta el gobierno para aprobar y aplicar reformas.",
    "Brief: 'the Paz Pivot' — Paz won a landslide but needs buy-in from key stakeholders; the scale and value are a modelling assumption":
        f"{BRIEF}: Paz ganó por amplio margen pero necesita el respaldo de actores clave; la escala y el valor son un "
        "supuesto de modelización",
    "US development assistance": "Asistencia de EE. UU. para el desarrollo",
    "US development assistance, mainly renewable energy and infrastructure.":
        "Asistencia de EE. UU. para el desarrollo, sobre todo en energías renovables e infraestructura.",
    "Brief: 'the Paz Pivot' — about USD 50 million channelled over the past six months for renewable energy and infrastructure, i.e. roughly USD 100 million a year":
        f"{BRIEF}: unos USD 50 millones canalizados en los últimos seis meses para energías renovables e infraestructura, "
        "es decir, alrededor de USD 100 millones al año",
    "Ex-Im Bank support on offer": "Apoyo ofrecido por el Banco Ex-Im",
    "Export-Import Bank financing for infrastructure available each year if reforms are demonstrable. What is disbursed depends on reform delivery.":
        "Financiamiento del Banco de Exportación e Importación (Ex-Im) para infraestructura, disponible cada año si las "
        "reformas son demostrables. Lo que se desembolsa depende de la concreción de las reformas.",
    "Brief: 'the Paz Pivot' — Ex-Im ready to provide targeted financial assistance for infrastructure, conditional on 'demonstrable reforms'; the amount is a modelling assumption":
        f"{BRIEF}: el Ex-Im está dispuesto a dar asistencia financiera focalizada para infraestructura, condicionada a "
        "'demonstrable reforms'; el monto es un supuesto de modelización",
    "Reform delivery Ex-Im requires": "Concreción de reformas que exige el Ex-Im",
    "Reform delivery at which Ex-Im disburses half its offer; nothing below 10 points under it, everything from 10 points above it.":
        "Concreción de reformas con la que el Ex-Im desembolsa la mitad de su oferta; nada por debajo de 10 puntos menos, "
        "todo a partir de 10 puntos más.",
    "Brief: 'the Paz Pivot' — Ex-Im support conditional on demonstrable reforms; the threshold is a modelling assumption":
        f"{BRIEF}: apoyo del Ex-Im condicionado a reformas demostrables; el umbral es un supuesto de modelización",
    "Russian influence": "Influencia rusa",
    "Russian political reach in Bolivia, including through engagement with separatist movements.":
        "Alcance político ruso en Bolivia, incluido el acercamiento a movimientos separatistas.",
    "Brief: 'the Paz Pivot' — 'the possibility of renewed Russian influence through engagement with Bolivian separatist movements'; the scale and value are a modelling assumption":
        f"{BRIEF}: 'the possibility of renewed Russian influence through engagement with Bolivian separatist movements'; "
        "la escala y el valor son un supuesto de modelización",
    "Chinese influence": "Influencia china",
    "Chinese commercial and political engagement, chiefly in lithium; it brings investment but cools alignment with the US.":
        "Presencia comercial y política china, sobre todo en el litio; trae inversión pero enfría el alineamiento con "
        "EE. UU.",
    "Brief: 'the Paz Pivot' — US motives include reducing reliance on Chinese dominance of the lithium supply chain and countering Chinese influence; the scale and value are a modelling assumption":
        f"{BRIEF}: entre los motivos de EE. UU. están depender menos del dominio chino en la cadena de suministro del litio "
        "y contrarrestar la influencia china; la escala y el valor son un supuesto de modelización",

    # Indicators
    "Reform delivery": "Concreción de las reformas",
    "Reforms actually delivered this year: the pace pushed, scaled by coalition strength and cut by unrest.":
        "Reformas realmente concretadas este año: el ritmo impulsado, ajustado por la fortaleza de la coalición y "
        "recortado por la conflictividad.",
    "Cumulative reform progress": "Avance acumulado de las reformas",
    "Reforms that have stuck: moves towards the delivery rate with a time constant of four years.":
        "Reformas que se han consolidado: tiende hacia el ritmo de concreción con una constante de tiempo de cuatro años.",
    "Unrest pressure": "Presión de conflictividad",
    "Raw pressure towards protest: the baseline, plus the short-run pain of fast reform, poor recent growth, crime and outside stirring.":
        "Presión bruta hacia la protesta: el nivel de base, más el costo de corto plazo de las reformas rápidas, el escaso "
        "crecimiento reciente, el crimen y la agitación externa.",
    "Social unrest": "Conflictividad social",
    "Unrest pressure bounded to 0–100.": "Presión de conflictividad acotada a 0–100.",
    "Brief: 'the Paz Pivot' — social unrest named as a flashpoint; the index is a modelling assumption":
        f"{BRIEF}: la conflictividad social figura como foco de tensión; el índice es un supuesto de modelización",
    "Stability the situation pulls towards": "Estabilidad hacia la que tiende la situación",
    "Where political stability is heading: lowered by unrest, crime and Russian influence, raised by a strong coalition, growth and US alignment.":
        "Hacia dónde va la estabilidad política: la bajan la conflictividad, el crimen y la influencia rusa; la suben una "
        "coalición fuerte, el crecimiento y el alineamiento con EE. UU.",
    "Political stability": "Estabilidad política",
    "Stability of government and institutions; adjusts towards its target over about 1.5 years and stays within 0–100.":
        "Estabilidad del gobierno y de las instituciones; se ajusta hacia su objetivo en alrededor de 1,5 años y se "
        "mantiene entre 0 y 100.",
    "Effective security cooperation": "Cooperación en seguridad efectiva",
    "Intelligence sharing as it works in practice, blunted by the government's wariness of outside involvement.":
        "El intercambio de inteligencia tal como funciona en la práctica, atenuado por el recelo del gobierno ante la "
        "injerencia externa.",
    "Brief: 'the Paz Pivot' — increased intelligence sharing and the administration's wariness of external interference":
        f"{BRIEF}: más intercambio de inteligencia y el recelo del gobierno ante la injerencia externa",
    "Governance quality": "Calidad de la gobernanza",
    "Strength of institutions against crime: cumulative reform and political stability.":
        "Fortaleza de las instituciones frente al crimen: avance acumulado de las reformas y estabilidad política.",
    "Organised-crime pull": "Tendencia del crimen organizado",
    "Where organised-crime pressure is heading: higher with regional trafficking pressure, weak governance and unrest, lower with effective security cooperation.":
        "Hacia dónde va la presión del crimen organizado: sube con la presión regional del narcotráfico, una gobernanza "
        "débil y la conflictividad; baja con una cooperación en seguridad efectiva.",
    "Brief: 'the Paz Pivot' — International Crisis Group 2025 report: vulnerability to organised crime, rising if governance remains weak; coefficients are a modelling assumption":
        f"{BRIEF}: informe de 2025 del International Crisis Group: vulnerabilidad al crimen organizado, que crecería si la "
        "gobernanza sigue siendo débil; los coeficientes son un supuesto de modelización",
    "Organised-crime pressure": "Presión del crimen organizado",
    "Reach of drug trafficking and transnational crime; moves towards its pull over about two years and stays within 0–100.":
        "Alcance del narcotráfico y del crimen transnacional; tiende hacia su nivel de atracción en unos dos años y se "
        "mantiene entre 0 y 100.",
    "Brief: 'the Paz Pivot' — International Crisis Group 2025 report on vulnerability to organised crime; the starting value is a modelling assumption":
        f"{BRIEF}: informe de 2025 del International Crisis Group sobre la vulnerabilidad al crimen organizado; el valor "
        "inicial es un supuesto de modelización",
    "DFC investment flowing": "Inversión de la DFC en curso",
    "DFC-backed investment once approved (zero before the approval date).":
        "Inversión respaldada por la DFC una vez aprobada (cero antes de la fecha de aprobación).",
    "Brief: 'the Paz Pivot' — DFC evaluating a lithium-processing modernisation proposal":
        f"{BRIEF}: la DFC evalúa una propuesta de modernización del procesamiento del litio",
    "Lithium investment": "Inversión en litio",
    "All investment in lithium capacity: DFC-backed money plus other investment, which follows stability, price and Chinese engagement.":
        "Toda la inversión en capacidad de litio: el dinero respaldado por la DFC más el resto, que sigue a la estabilidad, "
        "el precio y la presencia china.",
    "Capacity under construction": "Capacidad en construcción",
    "Capacity being built; completes over about 2.5 years. New capacity costs more as the industry grows (harder brines, scarcer sites).":
        "Capacidad que se está construyendo; se completa en unos 2,5 años. La nueva capacidad cuesta más a medida que la "
        "industria crece (salmueras más difíciles, menos sitios disponibles).",
    "Lithium production capacity": "Capacidad de producción de litio",
    "Installed capacity to produce lithium carbonate equivalent; grows as construction completes, wears out at 2 % a year.":
        "Capacidad instalada para producir carbonato de litio equivalente; crece al completarse las obras y se desgasta un "
        "2 % al año.",
    "Processing modernisation": "Modernización del procesamiento",
    "How modern lithium processing is; DFC-backed money raises it, it erodes without upkeep. Raises utilisation.":
        "Cuán moderno es el procesamiento del litio; el dinero respaldado por la DFC la eleva y sin mantenimiento se "
        "deteriora. Eleva la utilización.",
    "Brief: 'the Paz Pivot' — DFC proposal to modernise Bolivia's lithium processing facilities; the index is a modelling assumption":
        f"{BRIEF}: propuesta de la DFC para modernizar las plantas de procesamiento de litio de Bolivia; el índice es un "
        "supuesto de modelización",
    "Capacity utilisation": "Utilización de la capacidad",
    "Share of capacity actually used: higher with modern processing, stability and a good price; lower with heavy unrest.":
        "Proporción de la capacidad realmente utilizada: mayor con un procesamiento moderno, estabilidad y un buen precio; "
        "menor con una conflictividad intensa.",
    "Lithium output": "Producción de litio",
    "Lithium carbonate equivalent produced per year.": "Carbonato de litio equivalente producido por año.",
    "Lithium export revenue": "Ingresos por exportaciones de litio",
    "Value of lithium exports per year.": "Valor de las exportaciones de litio por año.",
    "Lithium reserves remaining": "Reservas de litio restantes",
    "Reserves left after extraction (1 t LCE holds about 0.188 t of lithium). Over ten years extraction barely dents them.":
        "Reservas que quedan tras la extracción (1 t de LCE contiene unas 0,188 t de litio). En diez años la extracción "
        "apenas las reduce.",
    "Brief: 'the Paz Pivot' — lithium reserves estimated at 28 million tons, the third largest globally (the brief's figure, unverified: USGS reports about 23 Mt of identified resources, the largest known)":
        f"{BRIEF}: reservas de litio estimadas en 28 millones de toneladas, las terceras más grandes del mundo (cifra del "
        "informe, sin verificar: el USGS informa unos 23 Mt de recursos identificados, los mayores conocidos)",
    "Ex-Im conditionality met": "Condicionalidad del Ex-Im cumplida",
    "Share of the Ex-Im offer released: none at 10 points below the required reform delivery, all at 10 points above.":
        "Proporción de la oferta del Ex-Im liberada: nada a 10 puntos por debajo de la concreción de reformas exigida, "
        "todo a 10 puntos por encima.",
    "Brief: 'the Paz Pivot' — Ex-Im support 'must be accompanied by demonstrable reforms'":
        f"{BRIEF}: el apoyo del Ex-Im 'must be accompanied by demonstrable reforms'",
    "Ex-Im disbursement": "Desembolso del Ex-Im",
    "Ex-Im money actually disbursed: the offer times the share released by reform delivery.":
        "Dinero del Ex-Im realmente desembolsado: la oferta por la proporción que libera la concreción de reformas.",
    "Brief: 'the Paz Pivot' — Ex-Im support conditional on demonstrable reforms":
        f"{BRIEF}: apoyo del Ex-Im condicionado a reformas demostrables",
    "Alignment pull": "Tendencia del alineamiento",
    "Where alignment with the US is heading: raised by aid, security cooperation, Ex-Im and DFC money and reform; lowered by Russian and Chinese influence and wariness of outside involvement.":
        "Hacia dónde va el alineamiento con EE. UU.: lo suben la ayuda, la cooperación en seguridad, el dinero del Ex-Im y "
        "de la DFC y las reformas; lo bajan la influencia rusa y china y el recelo ante la injerencia externa.",
    "Alignment with the US": "Alineamiento con EE. UU.",
    "How closely Bolivia aligns with US policy; adjusts towards its pull over about 1.5 years and stays within 0–100.":
        "Cuán cerca está Bolivia de la política de EE. UU.; se ajusta hacia su tendencia en alrededor de 1,5 años y se "
        "mantiene entre 0 y 100.",
    "Recent growth as felt": "Crecimiento reciente percibido",
    "GDP growth averaged over about a year, as households feel it; starts at the 2024 contraction.":
        "Crecimiento del PIB promediado en alrededor de un año, como lo perciben los hogares; parte de la contracción de "
        "2024.",
    "Brief: 'the Paz Pivot' — World Bank figure: GDP contracted 3.8 % in 2024 (the brief's figure, unverified: the World Bank's April 2024 outlook projected growth of about +1.4 % for 2024)":
        f"{BRIEF}: cifra del Banco Mundial: el PIB se contrajo 3,8 % en 2024 (cifra del informe, sin verificar: la "
        "perspectiva del Banco Mundial de abril de 2024 proyectaba un crecimiento de alrededor de +1,4 % para 2024)",
    "External inflows": "Entradas externas",
    "External inflows (share of GDP)": "Entradas externas (proporción del PIB)",
    "Foreign exchange coming in from lithium exports, US aid, Ex-Im and lithium investment (DFC money is inside lithium investment).":
        "Divisas que ingresan por las exportaciones de litio, la ayuda de EE. UU., el Ex-Im y la inversión en litio (el "
        "dinero de la DFC está dentro de la inversión en litio).",
    "External inflows relative to GDP.": "Entradas externas en relación con el PIB.",
    "Public debt": "Deuda pública",
    "Public debt relative to GDP: raised by deficits, eroded by nominal growth (real growth plus an assumed 5 % inflation).":
        "Deuda pública en relación con el PIB: la aumentan los déficits y la erosiona el crecimiento nominal (crecimiento "
        "real más una inflación supuesta del 5 %).",
    "GDP growth": "Crecimiento del PIB",
    "Real GDP growth: potential growth adjusted for commodity prices, external inflows, reform (long-run gain, short-run cost), stability, unrest, crime, debt and diversification. The debt drag is capped at 3 points. Bounded to ±12 %/yr.":
        "Crecimiento real del PIB: el crecimiento potencial ajustado por los precios de las materias primas, las entradas "
        "externas, las reformas (beneficio a largo plazo, costo a corto plazo), la estabilidad, la conflictividad, el "
        "crimen, la deuda y la diversificación. El lastre de la deuda se limita a 3 puntos. Acotado a ±12 %/año.",
    "Brief: 'the Paz Pivot' — World Bank: GDP contracted 3.8 % in 2024 (the starting point of felt growth); the growth equation is a modelling assumption":
        f"{BRIEF}: Banco Mundial: el PIB se contrajo 3,8 % en 2024 (punto de partida del crecimiento percibido); la ecuación "
        "del crecimiento es un supuesto de modelización",
    "GDP": "PIB",
    "Real GDP level, grown each quarter by GDP growth.":
        "Nivel del PIB real, que crece cada trimestre según el crecimiento del PIB.",
    "Fiscal balance": "Balance fiscal",
    "Government balance: a large structural deficit, narrowed by cumulative reform, commodity and lithium revenue, aid grants and growth; widened by concessions to unrest; above 100 % of GDP debt forces some adjustment.":
        "Balance del gobierno: un gran déficit estructural, que se reduce con el avance acumulado de las reformas, los "
        "ingresos por materias primas y litio, las donaciones y el crecimiento, y se amplía con las concesiones ante la "
        "conflictividad; una deuda por encima del 100 % del PIB obliga a cierto ajuste.",
}
