"""The Spanish text of the Bolivia sample study's model coefficients, keyed by its English text.

The constants that carry the units of the equations' coefficients (`growth_per_unrest_point`, %/yr per
point): their units, labels and descriptions. The study and its other variables are in bolivia_es.
"""

from __future__ import annotations

COEFFICIENTS: dict[str, str] = {
    # Units of the model coefficients
    "points": "puntos",
    "years": "años",
    "points per %/yr": "puntos por %/año",
    "share per year": "proporción por año",
    "USD M per point": "USD M por punto",
    "points per USD M/yr": "puntos por USD M/año",
    "%/yr per point": "%/año por punto",
    "%/yr per %": "%/año por %",

    # Model coefficients: the constants that carry the units of the equations' coefficients
    "Unrest per % growth": "Conflicto por crecimiento",
    "A model coefficient, not a figure from the brief: how many points of unrest pressure each percentage point of perceived yearly growth removes.":
        "Coeficiente del modelo, no una cifra del informe: cuántos puntos de presión de conflictividad quita cada "
        "punto porcentual de crecimiento anual percibido.",
    "Stability per % growth": "Estabilidad por crecimiento",
    "A model coefficient, not a figure from the brief: how many points the stability target gains for each percentage point of perceived yearly growth.":
        "Coeficiente del modelo, no una cifra del informe: cuántos puntos gana el objetivo de estabilidad por cada "
        "punto porcentual de crecimiento anual percibido.",
    "Index full scale": "Escala del índice",
    "A model coefficient, not a figure from the brief: the full scale of a 0–100 index; an index divided by it is the fraction of its full scale it has reached.":
        "Coeficiente del modelo, no una cifra del informe: la escala completa de un índice de 0 a 100; un índice "
        "dividido por ella es la fracción de su escala que ha alcanzado.",
    "Investment base price": "Precio base de inversión",
    "A model coefficient, not a figure from the brief: the lithium price at which other investors put in their planned amount; their investment scales with the price relative to it.":
        "Coeficiente del modelo, no una cifra del informe: el precio del litio al que los demás inversores aportan el"
        " monto previsto; su inversión varía con el precio en relación con él.",
    "Cost-doubling capacity": "Capacidad de costo doble",
    "A model coefficient, not a figure from the brief: the installed capacity at which each new tonne a year costs twice the base capital cost (the best sites are used first).":
        "Coeficiente del modelo, no una cifra del informe: la capacidad instalada a la que cada nueva tonelada anual "
        "cuesta el doble del costo de capital base (los mejores sitios se usan primero).",
    "Construction time": "Tiempo de construcción",
    "A model coefficient, not a figure from the brief: how long capacity under construction takes on average to come into operation.":
        "Coeficiente del modelo, no una cifra del informe: cuánto tarda en promedio la capacidad en construcción en "
        "entrar en operación.",
    "Capacity retirement rate": "Retiro de capacidad",
    "A model coefficient, not a figure from the brief: the share of operating capacity that wears out or closes each year.":
        "Coeficiente del modelo, no una cifra del informe: la proporción de la capacidad en operación que se desgasta"
        " o cierra cada año.",
    "Modernisation cost": "Costo de modernización",
    "A model coefficient, not a figure from the brief: how many million USD of DFC funding raise processing modernisation by one point (before the slowdown near the top of the scale).":
        "Coeficiente del modelo, no una cifra del informe: cuántos millones de USD de financiamiento de la DFC elevan"
        " en un punto la modernización del procesamiento (antes de la desaceleración cerca del tope de la escala).",
    "Modernisation decay": "Obsolescencia",
    "A model coefficient, not a figure from the brief: the share of processing modernisation that becomes obsolete each year without new funding.":
        "Coeficiente del modelo, no una cifra del informe: la proporción de la modernización del procesamiento que "
        "queda obsoleta cada año sin nuevo financiamiento.",
    "Index midpoint": "Punto medio del índice",
    "A model coefficient, not a figure from the brief: the middle of a 0–100 index; a distance from the middle divided by it runs from −1 to 1.":
        "Coeficiente del modelo, no una cifra del informe: el punto medio de un índice de 0 a 100; una distancia al "
        "punto medio dividida por él va de −1 a 1.",
    "Utilisation base price": "Precio base de uso",
    "A model coefficient, not a figure from the brief: the lithium price at which plants are run neither harder nor softer than usual; utilisation follows the price relative to it.":
        "Coeficiente del modelo, no una cifra del informe: el precio del litio al que las plantas no operan ni más ni"
        " menos que de costumbre; la utilización sigue al precio en relación con él.",
    "Alignment per US aid": "Alineamiento por ayuda",
    "A model coefficient, not a figure from the brief: how many points the alignment target gains for each million USD a year of US aid.":
        "Coeficiente del modelo, no una cifra del informe: cuántos puntos gana el objetivo de alineamiento por cada "
        "millón de USD anual de ayuda de EE. UU.",
    "Alignment per Ex-Im": "Alineamiento por Ex-Im",
    "A model coefficient, not a figure from the brief: how many points the alignment target gains for each million USD a year Ex-Im disburses.":
        "Coeficiente del modelo, no una cifra del informe: cuántos puntos gana el objetivo de alineamiento por cada "
        "millón de USD anual que desembolsa el Ex-Im.",
    "Alignment per DFC": "Alineamiento por DFC",
    "A model coefficient, not a figure from the brief: how many points the alignment target gains for each million USD a year of DFC lithium funding.":
        "Coeficiente del modelo, no una cifra del informe: cuántos puntos gana el objetivo de alineamiento por cada "
        "millón de USD anual de financiamiento de la DFC para el litio.",
    "Commodity growth gain": "Crecimiento: materias primas",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth for each point commodity prices stand above their 2024 level.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual por cada punto en"
        " que los precios de las materias primas superan su nivel de 2024.",
    "Inflows growth effect": "Crecimiento: entradas",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth for each percentage point of GDP of external inflows.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual por cada punto "
        "porcentual del PIB de entradas externas.",
    "Reform growth effect": "Crecimiento: reformas",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth for each point of reform progress above 30.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual por cada punto de"
        " avance de las reformas por encima de 30.",
    "Reform gap growth cost": "Crecimiento: brecha de reformas",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth lost for each point by which reforms delivered run ahead of those absorbed.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual perdidos por cada"
        " punto en que las reformas concretadas se adelantan a las ya asimiladas.",
    "Stability growth effect": "Crecimiento: estabilidad",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth for each point of political stability above 50.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual por cada punto de"
        " estabilidad política por encima de 50.",
    "Unrest growth cost": "Crecimiento: conflictividad",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth lost for each point of social unrest above 30.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual perdidos por cada"
        " punto de conflictividad social por encima de 30.",
    "Crime growth cost": "Crecimiento: crimen",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth lost for each point of crime pressure above 50.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual perdidos por cada"
        " punto de presión del crimen por encima de 50.",
    "Debt growth cost": "Crecimiento: deuda",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth lost for each percentage point of GDP of public debt above 80 (the whole drag is capped at 3 points).":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual perdidos por cada"
        " punto porcentual del PIB de deuda pública por encima de 80 (el lastre total se limita a 3 puntos).",
    "Diversification effect": "Crecimiento: diversificación",
    "A model coefficient, not a figure from the brief: percentage points of yearly growth, once diversification has taken full effect, for each point of diversification effort above 30.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales de crecimiento anual, una vez que la "
        "diversificación surte pleno efecto, por cada punto de esfuerzo de diversificación por encima de 30.",
    "Diversification lag": "Demora de diversificación",
    "A model coefficient, not a figure from the brief: how many years after 2025 diversification effort takes to reach its full effect on growth (it grows linearly until then).":
        "Coeficiente del modelo, no una cifra del informe: cuántos años después de 2025 tarda el esfuerzo de "
        "diversificación en alcanzar su pleno efecto en el crecimiento (crece linealmente hasta entonces).",
    "Reform fiscal effect": "Balance: reformas",
    "A model coefficient, not a figure from the brief: percentage points of GDP a year the fiscal balance improves for each point of reform progress above 30.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales del PIB al año que mejora el balance "
        "fiscal por cada punto de avance de las reformas por encima de 30.",
    "Commodity fiscal effect": "Balance: materias primas",
    "A model coefficient, not a figure from the brief: percentage points of GDP a year the fiscal balance improves for each point commodity prices stand above their 2024 level.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales del PIB al año que mejora el balance "
        "fiscal por cada punto en que los precios de las materias primas superan su nivel de 2024.",
    "Unrest fiscal cost": "Balance: conflictividad",
    "A model coefficient, not a figure from the brief: percentage points of GDP a year the fiscal balance loses for each point of social unrest above 40.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales del PIB al año que pierde el balance "
        "fiscal por cada punto de conflictividad social por encima de 40.",
    "Debt fiscal adjustment": "Balance: deuda",
    "A model coefficient, not a figure from the brief: percentage points of GDP a year the fiscal balance improves, through consolidation, for each percentage point of GDP of public debt above 100.":
        "Coeficiente del modelo, no una cifra del informe: puntos porcentuales del PIB al año que mejora el balance "
        "fiscal, mediante consolidación, por cada punto porcentual del PIB de deuda pública por encima de 100.",
}
