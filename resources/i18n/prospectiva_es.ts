<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActorsEditor</name>
    <message>
        <location filename="../../ui/foresight/actors_editor.py" line="+47"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves (drivers)</source>
        <translation>Mueve (impulsores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivation</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a&amp;ctor</source>
        <translation>Agregar a&amp;ctor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>Remove actor</source>
        <translation>Quitar actor</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Add &amp;objective</source>
        <translation>Agregar &amp;objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Remove objective</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Actors (influence 1 weak … 5 decisive; moves: driver names, comma-separated)</source>
        <translation>Actores (influencia 1 débil … 5 decisiva; mueve: nombres de impulsores, separados por comas)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>An actor needs a name.</source>
        <translation>Un actor necesita un nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an influence: use a whole number from 1 to 5.</source>
        <translation>“%1” no es una influencia: use un número entero de 1 a 5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change influence</source>
        <translation>Cambiar la influencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No driver is called %1: name drivers from the Drivers tab.</source>
        <translation>Ningún impulsor se llama %1: nombre impulsores de la pestaña Impulsores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change what an actor moves</source>
        <translation>Cambiar lo que mueve un actor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit actor</source>
        <translation>Editar actor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An objective needs a name.</source>
        <translation>Un objetivo necesita un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit objective</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New actor</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add actor</source>
        <translation>Agregar actor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add objective</source>
        <translation>Agregar objetivo</translation>
    </message>
</context>
<context>
    <name>ActorsView</name>
    <message>
        <location filename="../../ui/foresight/actors_view.py" line="+25"/>
        <source>−2 against</source>
        <translation>−2 en contra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+2 for</source>
        <translation>+2 a favor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Positions on the objectives (−2 strongly against … +2 strongly for); type to change; hover an actor for its motivation and source; influence 1–5 in brackets</source>
        <translation>Posiciones sobre los objetivos (−2 muy en contra … +2 muy a favor); escriba para cambiarlas; pase el cursor sobre un actor para ver su motivación y su fuente; influencia 1–5 entre corchetes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Convergence minus divergence between actors (hover a cell: on what)</source>
        <translation>Convergencia menos divergencia entre actores (pase el cursor sobre una celda: en qué)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is not a position: use a whole number from −2 to +2, or leave it blank.</source>
        <translation>«%1» no es una posición: use un número entero de −2 a +2, o déjela en blanco.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change position</source>
        <translation>Cambiar posición</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weight for / against</source>
        <translation>Peso a favor / en contra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Influence %1 of 5

%2

Source: %3</source>
        <translation>Influencia %1 de 5

%2

Fuente: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Influence times position, summed over the actors for and against</source>
        <translation>Influencia por posición, sumada sobre los actores a favor y en contra</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 and %2
agree on: %3
oppose on: %4</source>
        <translation>%1 y %2
coinciden en: %3
se oponen en: %4</translation>
    </message>
</context>
<context>
    <name>Actuals</name>
    <message>
        <location filename="../../storage/tracking/actuals_import.py" line="+54"/>
        <source>%1 is not a number (a decimal comma? this table uses a decimal point)</source>
        <translation>%1 no es un número (¿una coma decimal? esta tabla usa punto decimal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../storage/xmile/reader.py" line="+140"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../storage/xmile/reader.py" line="+3"/>
        <source>%1 is not a finite number</source>
        <translation>%1 no es un número finito</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>row %1: %2 → %3</source>
        <translation>fila %1: %2 → %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the table is empty</source>
        <translation>la tabla está vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 %2: not a column of actuals (use %3)</source>
        <translation>columna %1 %2: no es una columna de datos observados (use %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(header): the column %1 is missing</source>
        <translation>(encabezado): falta la columna %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows; at most %2 can be imported at once</source>
        <translation>%1 filas; se pueden importar como máximo %2 a la vez</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown variable %1</source>
        <translation>variable desconocida %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, but %2 is in %3</source>
        <translation>%1, pero %2 está en %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no unit</source>
        <translation>sin unidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1: the same variable, time and source as row %2</source>
        <translation>fila %1: la misma variable, tiempo y fuente que la fila %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../../models/timeline.py" line="+93"/>
        <source>%1 is not a number (the study&apos;s time unit is &apos;%2&apos;, so dates cannot be converted)</source>
        <translation>%1 no es un número (la unidad de tiempo del estudio es &apos;%2&apos;, así que las fechas no se pueden convertir)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a date (%2)</source>
        <translation>%1 no es una fecha (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a time: give a number on the axis, or a date such as 2026-03 or Q2 2026</source>
        <translation>%1 no es un tiempo: escriba un número del eje, o una fecha como 2026-03 o Q2 2026</translation>
    </message>
</context>
<context>
    <name>ActualsImportDialog</name>
    <message>
        <location filename="../../ui/tracking/actuals_import_dialog.py" line="+26"/>
        <source>Import actuals from %1</source>
        <translation>Importar datos observados de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%1 cannot be imported&lt;/b&gt;: %n problem(s). Nothing was stored.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 no se puede importar&lt;/b&gt;: %n problema. No se guardó nada.</numerusform>
            <numerusform>&lt;b&gt;%1 no se puede importar&lt;/b&gt;: %n problemas. No se guardó nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n observation(s)&lt;/b&gt; of %1 variables will be added.</source>
        <translation>
            <numerusform>Se agregará &lt;b&gt;%n observación&lt;/b&gt; de %1 variables.</numerusform>
            <numerusform>Se agregarán &lt;b&gt;%n observaciones&lt;/b&gt; de %1 variables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n date(s) were converted to the study&apos;s time axis:</source>
        <translation>
            <numerusform>Se convirtió %n fecha al eje temporal del estudio:</numerusform>
            <numerusform>Se convirtieron %n fechas al eje temporal del estudio:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every time was already on the study&apos;s axis.</source>
        <translation>Todos los tiempos ya estaban en el eje del estudio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add them</source>
        <translation>Agregarlas</translation>
    </message>
</context>
<context>
    <name>ActualsModel</name>
    <message>
        <location filename="../../ui/tracking/actuals_model.py" line="+25"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No such variable in the model: this observation is not used.</source>
        <translation>El modelo no tiene esa variable: esta observación no se usa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no variable &apos;%1&apos;</source>
        <translation>no hay ninguna variable &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is outside the time axis (%2–%3)</source>
        <translation>%1 está fuera del eje temporal (%2–%3)</translation>
    </message>
</context>
<context>
    <name>ActualsView</name>
    <message>
        <location filename="../../ui/tracking/actuals_view.py" line="+61"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an observation of the first charted indicator at the study&apos;s as-of time</source>
        <translation>Agregar una observación del primer indicador graficado en la fecha base del estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste rows copied from a spreadsheet: variable, time, value[, source[, note]] (with or without a header row)</source>
        <translation>Pegar filas copiadas de una hoja de cálculo: variable, tiempo, valor[, fuente[, nota]] (con o sin fila de encabezado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV or XLSX file with the columns variable, time, value[, source]</source>
        <translation>Importar un archivo CSV o XLSX con las columnas variable, time, value[, source]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the actuals as CSV in the shape Import reads (variable, time, value, source, note)</source>
        <translation>Guardar los datos observados como CSV en la forma que lee Importar (variable, tiempo, valor, fuente, nota)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (y %2 más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was pasted: %1</source>
        <translation>No se pegó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pasted %n observation(s); dates converted: %1.</source>
        <translation>
            <numerusform>Se pegó %n observación; fechas convertidas: %1.</numerusform>
            <numerusform>Se pegaron %n observaciones; fechas convertidas: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Pasted %n observation(s).</source>
        <translation>
            <numerusform>Se pegó %n observación.</numerusform>
            <numerusform>Se pegaron %n observaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export actuals</source>
        <translation>Exportar datos observados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 observations to %2.</source>
        <translation>Se guardaron %1 observaciones en %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import actuals</source>
        <translation>Importar datos observados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tablas (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported %n observation(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n observación de %1.</numerusform>
            <numerusform>Se importaron %n observaciones de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+41"/>
        <source>The library could not be opened.

%1</source>
        <translation>No se pudo abrir la biblioteca.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1

The window opens in English.</source>
        <translation>%1

La ventana se abre en inglés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The window could not be opened on %1.

%2

The details are in %3.</source>
        <translation>No se pudo abrir la ventana sobre %1.

%2

Los detalles están en %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is read-only (%2), and the window saves every change as it is made.

Copy the library to a folder you can write and open the copy (--db PATH), or read this one from the command line: list, run and export work on it.</source>
        <translation>%1 es de solo lectura (%2), y la ventana guarda cada cambio en el momento en que se hace.

Copie la biblioteca a una carpeta donde pueda escribir y abra la copia (--db RUTA), o lea esta desde la línea de comandos: list, run y export funcionan con ella.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sample study could not be added: %1</source>
        <translation>No se pudo agregar el estudio de ejemplo: %1</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../main.py" line="+93"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
</context>
<context>
    <name>AssumptionEditor</name>
    <message>
        <location filename="../../ui/editor/assumption_editor.py" line="+22"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>triangular</source>
        <translation>triangular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PERT</source>
        <translation>PERT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard deviation</source>
        <translation>desviación estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mode</source>
        <translation>moda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>none (a fixed value)</source>
        <translation>ninguna (un valor fijo)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slider m&amp;inimum:</source>
        <translation>Mí&amp;nimo del control:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slider ma&amp;ximum:</source>
        <translation>Má&amp;ximo del control:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uncertainty:</source>
        <translation>&amp;Incertidumbre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shape:</source>
        <translation>Forma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Time path&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trayectoria temporal&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slider minimum</source>
        <translation>mínimo del control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slider maximum</source>
        <translation>máximo del control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ The %1 must be a number; &apos;%2&apos; is not.</source>
        <translation>⚠ El valor %1 debe ser un número; &apos;%2&apos; no lo es.</translation>
    </message>
</context>
<context>
    <name>AssumptionPanel</name>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="+71"/>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This study has no assumptions to set.</source>
        <translation>Este estudio no tiene supuestos que definir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select or create a scenario to set its assumptions.</source>
        <translation>Seleccione o cree un escenario para definir sus supuestos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumptions of %1</source>
        <translation>Supuestos de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>study value</source>
        <translation>del estudio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own value</source>
        <translation>propio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <comment>the scenario an assumption value is inherited from</comment>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, time path</source>
        <translation>, trayectoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A time path, shown at its value as of the study&apos;s date. Moving the slider replaces it with a constant for this scenario.</source>
        <translation>Una trayectoria temporal, mostrada con su valor a la fecha del estudio. Mover el control deslizante la reemplaza por una constante para este escenario.</translation>
    </message>
</context>
<context>
    <name>AssumptionRow</name>
    <message>
        <location filename="../../ui/panels/assumption_row.py" line="+54"/>
        <source>%1 value</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset to the inherited value</source>
        <translation>Volver al valor heredado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset %1 to the inherited value</source>
        <translation>Volver %1 al valor heredado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Range of the slider%1</source>
        <translation>Rango del control%1</translation>
    </message>
</context>
<context>
    <name>BoxTable</name>
    <message>
        <location filename="../../ui/explore/box_table.py" line="+20"/>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the box</source>
        <translation>En la caja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slider range</source>
        <translation>Rango del control</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of range</source>
        <translation>Parte del rango</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By chance alone</source>
        <translation>Solo por azar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assumption the box narrows</source>
        <translation>El supuesto que la caja acota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its unit</source>
        <translation>Su unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values the box keeps</source>
        <translation>Los valores que la caja conserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values the ensemble drew it from (its slider&apos;s range)</source>
        <translation>Los valores de los que el conjunto lo extrajo (el rango de su control)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the slider&apos;s range the box keeps</source>
        <translation>Qué parte del rango del control conserva la caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How likely the box would be this dense if this restriction were lifted and it helped only by luck (a quasi-p-value: small means the restriction matters)</source>
        <translation>Qué tan probable sería que la caja tuviera esta densidad si se quitara esta restricción y solo ayudara por azar (un cuasi valor p: pequeño significa que la restricción importa)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Assumptions the box narrows</source>
        <translation>Supuestos que la caja acota</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>BoxView</name>
    <message>
        <location filename="../../ui/foresight/box_view.py" line="+69"/>
        <source>your name (scores are kept per assessor)</source>
        <translation>su nombre (los puntajes se guardan por evaluador)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no pair below </source>
        <translation>ningún par por debajo de </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make a &amp;scenario of it</source>
        <translation>Convertirla en e&amp;scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consistency (−3 exclude … +3 reinforce), scored by:</source>
        <translation>Consistencia (−3 se excluyen … +3 se refuerzan), puntuada por:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consistent combinations:</source>
        <translation>Combinaciones consistentes:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assessors differ by %1.</source>
        <translation>Los evaluadores difieren en %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a consistency score: use a whole number from −3 to +3.</source>
        <translation>«%1» no es un puntaje de consistencia: use un número entero de −3 a +3.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Looking through the combinations…</source>
        <translation>Recorriendo las combinaciones…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking through the combinations… %1 %</source>
        <translation>Recorriendo las combinaciones… %1 %</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weakest pair</source>
        <translation>Par más débil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking through the combinations… about %1 % done; %2 consistent so far, the best of them shown (Stop keeps these).</source>
        <translation>Recorriendo las combinaciones… cerca del %1 % hecho; %2 consistentes hasta ahora, se muestran las mejores (Detener las conserva).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The box is empty: add descriptors and their variants.</source>
        <translation>La caja está vacía: agregue descriptores y sus variantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The box holds %1 combinations, too many to list: %2 were sampled and %3 of them are consistent. The best are shown.</source>
        <translation>La caja contiene %1 combinaciones, demasiadas para listarlas: se muestrearon %2 y %3 de ellas son consistentes. Se muestran las mejores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped after %1 of %2 combinations: %3 consistent so far.</source>
        <translation>Detenido tras %1 de %2 combinaciones: %3 consistentes hasta ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 combinations are consistent (no pair below %3).</source>
        <translation>%1 de %2 combinaciones son consistentes (ningún par por debajo de %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The best %1 are shown.</source>
        <translation>Se muestran las %1 mejores.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Box: %1</source>
        <translation>Caja: %1</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../models/foresight/categories.py" line="+12"/>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technological</source>
        <translation>tecnológico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>economic</source>
        <translation>económico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environmental</source>
        <translation>ambiental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>political</source>
        <translation>político</translation>
    </message>
</context>
<context>
    <name>ChanceDialog</name>
    <message>
        <location filename="../../ui/uncertainty/chance_dialog.py" line="+39"/>
        <source>Chance of an outcome</source>
        <translation>Probabilidad de un resultado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>below</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at every point through</source>
        <translation>en todo momento hasta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling progress</source>
        <translation>Avance del muestreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop drawing samples for this question</source>
        <translation>Dejar de extraer muestras para esta pregunta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Is:</source>
        <translation>E&amp;stá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Than:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>&amp;Tiempo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chance that %1 is %2 %3 %4 %5 in “%6”</source>
        <translation>Probabilidad de que %1 esté %2 %3 %4 %5 en «%6»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Computing from %1 samples…</source>
        <translation>Calculando a partir de %1 muestras…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: press Compute to ask again.</source>
        <translation>Cancelado: presione Calcular para preguntar de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model does not compile, so no chance can be computed. See Problems.</source>
        <translation>El modelo no compila, así que no se puede calcular ninguna probabilidad. Vea Problemas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chance could not be computed: %1</source>
        <translation>No se pudo calcular la probabilidad: %1</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../ui/compare/chart_export.py" line="+69"/>
        <source>the image could not be written to %1</source>
        <translation>no se pudo escribir la imagen en %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the drawing could not be written to %1</source>
        <translation>no se pudo escribir el dibujo en %1</translation>
    </message>
</context>
<context>
    <name>ChartGrid</name>
    <message>
        <location filename="../../ui/plots/chart_grid.py" line="+69"/>
        <source>No indicator is chosen. Use “Indicators…” (Ctrl+I) to pick what to chart.</source>
        <translation>No hay ningún indicador elegido. Use «Indicadores…» (Ctrl+I) para elegir qué graficar.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Point at a chart to read its values here.</source>
        <translation>Señale un gráfico para leer aquí sus valores.</translation>
    </message>
</context>
<context>
    <name>ChartMarks</name>
    <message>
        <location filename="../../ui/tracking/markers.py" line="+102"/>
        <source>Signpost “%1”: %2 %3 (%4)</source>
        <translation>Señal «%1»: %2 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ChartPages</name>
    <message>
        <location filename="../../ui/workshop/chart_pages.py" line="+107"/>
        <source>charts %1 of %2 · PgDn more</source>
        <translation>gráficos %1 de %2 · AvPág más</translation>
    </message>
</context>
<context>
    <name>ChartSizeDialog</name>
    <message>
        <location filename="../../ui/compare/chart_size_dialog.py" line="+16"/>
        <source>Chart size</source>
        <translation>Tamaño del gráfico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>300 dpi prints sharply; 96 dpi is screen size</source>
        <translation>300 ppp imprime nítido; 96 ppp es el tamaño de pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <location filename="../../models/language/checker.py" line="+45"/>
        <source>%1, column %2</source>
        <translation>%1, columna %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — ¿quiso decir &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>an assumption needs a value</source>
        <translation>un supuesto necesita un valor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 variables; at most %2 are allowed</source>
        <translation>%1 variables; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the equations have %1 characters in all; at most %2 are allowed</source>
        <translation>las ecuaciones tienen %1 caracteres en total; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; is a function: write %2</source>
        <translation>&apos;%1&apos; es una función: escriba %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown name &apos;%1&apos;</source>
        <translation>nombre desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is a variable, not a function</source>
        <translation>&apos;%1&apos; es una variable, no una función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a known function</source>
        <translation>&apos;%1&apos; no es una función conocida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes %2: %3</source>
        <translation>%1 recibe %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lookup needs x, y pairs after its input</source>
        <translation>lookup necesita pares x, y después de su entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lookup points must be plain numbers</source>
        <translation>los puntos de lookup deben ser números simples</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lookup x values must increase</source>
        <translation>los valores x de lookup deben ser crecientes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown variable &apos;%1&apos;</source>
        <translation>variable desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is a stock; effects change assumptions and auxiliaries</source>
        <translation>&apos;%1&apos; es un nivel; los efectos cambian supuestos y auxiliares</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 argument</source>
        <translation>1 argumento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 arguments</source>
        <translation>%1 argumentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 arguments</source>
        <translation>de %1 a %2 argumentos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>algebraic cycle: %1 (a stock, prev, delay or smooth breaks a cycle)</source>
        <translation>ciclo algebraico: %1 (un nivel, prev, delay o smooth rompen un ciclo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>initial values form a cycle: %1 (give prev, delay or smooth an initial value as its last argument)</source>
        <translation>los valores iniciales forman un ciclo: %1 (dé a prev, delay o smooth un valor inicial como último argumento)</translation>
    </message>
    <message>
        <location filename="../../models/engine/acceptance.py" line="+37"/>
        <source>a run of %1 time points × %2 variables × %3 scenario needs about %4; the limit is %5 (use a longer time step, fewer variables or fewer scenarios)</source>
        <translation>una corrida de %1 puntos de tiempo × %2 variables × %3 escenario necesita unos %4; el límite es %5 (use un paso de tiempo más largo, menos variables o menos escenarios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a run of %1 time points × %2 variables × %3 scenarios needs about %4; the limit is %5 (use a longer time step, fewer variables or fewer scenarios)</source>
        <translation>una corrida de %1 puntos de tiempo × %2 variables × %3 escenarios necesita unos %4; el límite es %5 (use un paso de tiempo más largo, menos variables o menos escenarios)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../main.py" line="-27"/>
        <source>the model has problems:
%1</source>
        <translation>el modelo tiene problemas:
%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Prospectiva: quantitative scenario planning.</source>
        <translation>Prospectiva: planificación cuantitativa de escenarios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headless commands: %1 (main.py COMMAND --help).</source>
        <translation>Comandos sin ventana: %1 (main.py COMANDO --help).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a study file to import and open</source>
        <translation>un archivo de estudio que importar y abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>the library file (default: your user-data folder)</source>
        <translation>el archivo de la biblioteca (por defecto: su carpeta de datos de usuario)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>check this installation on a temporary library (never yours), print what passed, and exit</source>
        <translation>verificar esta instalación sobre una biblioteca temporal (nunca la suya), imprimir lo que pasó y salir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>project a study and print tidy CSV</source>
        <translation>proyectar un estudio e imprimir CSV ordenado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a study file (.json) or model (.xmile, .stmx, .mdl), or a study in the library (title or id)</source>
        <translation>un archivo de estudio (.json) o modelo (.xmile, .stmx, .mdl), o un estudio de la biblioteca (título o id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>only this scenario (repeatable)</source>
        <translation>solo este escenario (se puede repetir)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Monte Carlo samples (prints mean and percentiles)</source>
        <translation>muestras de Monte Carlo (imprime la media y los percentiles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>random seed for --samples (default 1)</source>
        <translation>semilla aleatoria para --samples (por defecto 1)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>write the CSV here instead of standard output</source>
        <translation>escribir el CSV aquí en lugar de la salida estándar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run an ensemble across the sliders&apos; ranges and find, with PRIM, where a condition holds</source>
        <translation>correr un conjunto sobre los rangos de los controles y encontrar, con PRIM, dónde se cumple una condición</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>a study file (.json) or model, or a study in the library (title or id)</source>
        <translation>un archivo de estudio (.json) o modelo, o un estudio de la biblioteca (título o id)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the condition, e.g. &quot;gdp_growth &lt; 0&quot;</source>
        <translation>la condición, p. ej. &quot;gdp_growth &lt; 0&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run again an exploration saved with the study (its name or id): its question, scenario, runs and seed, and whether its box is found again</source>
        <translation>vuelve a correr una exploración guardada con el estudio (su nombre o id): su pregunta, escenario, corridas y semilla, y si su caja se vuelve a encontrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time the condition is checked at (default: the end)</source>
        <translation>el momento en que se verifica la condición (por defecto: el final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the condition holds if it holds at any time from --at to this time</source>
        <translation>la condición se cumple si se cumple en algún momento desde --at hasta este tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs in the ensemble (default 10,000)</source>
        <translation>corridas del conjunto (por defecto 10.000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scenario explored (default: the first)</source>
        <translation>el escenario explorado (por defecto: el primero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (default 1)</source>
        <translation>semilla aleatoria (por defecto 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run the chunks on this many local processes (1: in this one)</source>
        <translation>corre los bloques en esta cantidad de procesos locales (1: en este)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run on a local Dask cluster of this machine&apos;s cores (the default when Dask is installed)</source>
        <translation>corre en un clúster Dask local con los núcleos de esta máquina (por omisión cuando Dask está instalado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run on the Dask cluster at this scheduler address</source>
        <translation>correr en el clúster Dask de esta dirección de planificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write each chunk&apos;s runs to this Parquet folder; an existing one resumes (its finished chunks are skipped)</source>
        <translation>escribir las corridas de cada bloque en esta carpeta Parquet; si ya existe, se retoma (se omiten sus bloques terminados)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validate a study file or model (XMILE or Vensim .mdl) and print every problem</source>
        <translation>validar un archivo de estudio o modelo (XMILE o Vensim .mdl) e imprimir cada problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>draw the model&apos;s diagram (kept positions respected) to .png, .svg or .pdf</source>
        <translation>dibujar el diagrama del modelo (respetando las posiciones guardadas) en .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>also draw the coefficients (variables that hold a number with its unit)</source>
        <translation>dibujar también los coeficientes (variables que guardan un número con su unidad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import a study file or model (XMILE or Vensim .mdl) into the library (merging)</source>
        <translation>importar un archivo de estudio o modelo (XMILE o Vensim .mdl) a la biblioteca (fusionando)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>let the file&apos;s changed scenarios and model replace yours</source>
        <translation>dejar que los escenarios cambiados y el modelo del archivo reemplacen los suyos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export a library study to .json, .csv or .xlsx</source>
        <translation>exportar un estudio de la biblioteca a .json, .csv o .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>a study in the library (title or id)</source>
        <translation>un estudio de la biblioteca (título o id)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>.xlsx, .pdf, .html: the scenario the others are compared with (default: the first)</source>
        <translation>.xlsx, .pdf, .html: el escenario con el que se comparan los demás (por defecto: el primero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.csv/.xlsx: add Monte Carlo mean and percentile columns from N samples</source>
        <translation>.csv/.xlsx: agregar columnas de media y percentiles de Monte Carlo a partir de N muestras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the studies in the library</source>
        <translation>listar los estudios de la biblioteca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete a study from the library (asks first)</source>
        <translation>eliminar un estudio de la biblioteca (pregunta antes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not ask (for scripts)</source>
        <translation>no preguntar (para scripts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank the scenarios against the actuals and show the signposts</source>
        <translation>clasificar los escenarios frente a los datos observados y mostrar las señales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a study file (.json), or a study in the library (title or id)</source>
        <translation>un archivo de estudio (.json), o un estudio de la biblioteca (título o id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more observations from CSV or XLSX (variable,time,value[,source]); not stored</source>
        <translation>más observaciones desde CSV o XLSX (variable,time,value[,source]); no se guardan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monte Carlo samples for the bands that band signposts watch (default 1000, seed 1)</source>
        <translation>muestras de Monte Carlo para las bandas que vigilan las señales de banda (por omisión 1000, semilla 1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be between 1 and 1,000,000</source>
        <translation>debe estar entre 1 y 1.000.000</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %n unit warning(s)</source>
        <translation>, %n advertencia(s) de unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ok — &quot;%2&quot;, %3 variables, %4 events, %5 scenarios</source>
        <translation>%1: correcto — &quot;%2&quot;, %3 variables, %4 eventos, %5 escenarios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a diagram is written as .png, .svg or .pdf</source>
        <translation>%1: un diagrama se escribe como .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the diagram of &quot;%2&quot;, %3 variables and %4 coefficients left out (--coefficients draws them), %5 × %6 at life size</source>
        <translation>%1: el diagrama de &quot;%2&quot;, %3 variables y %4 coeficientes omitidos (--coefficients los dibuja), %5 × %6 a tamaño real</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the diagram of &quot;%2&quot;, %3 variables, %4 × %5 at life size</source>
        <translation>%1: el diagrama de &quot;%2&quot;, %3 variables, %4 × %5 a tamaño real</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+10"/>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: choose a file ending in .json, .csv, .xlsx, .pdf or .html</source>
        <translation>%1: elija un archivo que termine en .json, .csv, .xlsx, .pdf o .html</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the library has no studies yet (import one with: main.py import FILE.json)</source>
        <translation>la biblioteca aún no tiene estudios (importe uno con: main.py import ARCHIVO.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  (%3 scenarios, updated %4)</source>
        <translation>%1  %2  (%3 escenarios, actualizado %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; (%2 scenarios, id %3)</source>
        <translation>&quot;%1&quot; (%2 escenarios, id %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete %1? There is no terminal to ask on: add --yes to delete it.</source>
        <translation>¿eliminar %1? No hay una terminal donde preguntar: agregue --yes para eliminarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 from %2? This cannot be undone. [y/N] </source>
        <translation>¿Eliminar %1 de %2? Esto no se puede deshacer. [s/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>y|yes</source>
        <translation>s|si|sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was deleted: %1 is still in the library</source>
        <translation>no se eliminó nada: %1 sigue en la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted %1</source>
        <translation>se eliminó %1</translation>
    </message>
    <message>
        <location filename="../../cli/track.py" line="+21"/>
        <source>%1 cannot be read as actuals:
%2</source>
        <translation>%1 no se puede leer como datos observados:
%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(bands: 5th to 95th percentile of %1 Monte Carlo samples, seed 1)</source>
        <translation>(bandas: percentiles 5 a 95 de %1 muestras de Monte Carlo, semilla 1)</translation>
    </message>
    <message>
        <location filename="../../cli/explore.py" line="+47"/>
        <source>the box saved with &apos;%1&apos; is not on this trajectory: the model or the sliders&apos; ranges changed since it was saved</source>
        <translation>la caja guardada con &apos;%1&apos; no está en esta trayectoria: el modelo o los rangos de los controles cambiaron desde que se guardó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the saved box of &apos;%1&apos; is found again, box %2 of the trajectory:</source>
        <translation>la caja guardada de &apos;%1&apos; se vuelve a encontrar, caja %2 de la trayectoria:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the study has no saved exploration &apos;%1&apos; (saved: %2)</source>
        <translation>el estudio no tiene ninguna exploración guardada &apos;%1&apos; (guardadas: %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 of %3 chunks already finished, skipping them</source>
        <translation>%1: %2 de %3 bloques ya terminados; se omiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 runs (%3)</source>
        <translation>%1 de %2 corridas (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopped at %1 of %2 runs; %1 runs are saved in %3: the same command resumes</source>
        <translation>detenido en %1 de %2 corridas; %1 corridas quedan guardadas en %3: el mismo comando las retoma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped at %1 of %2 runs</source>
        <translation>detenido en %1 de %2 corridas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--cluster and --scheduler need Dask: install the &apos;cluster&apos; extra (pip install -e &quot;.[cluster]&quot;), or use --workers N</source>
        <translation>--cluster y --scheduler necesitan Dask: instale el extra &apos;cluster&apos; (pip install -e &quot;.[cluster]&quot;), o use --workers N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot reach the Dask scheduler at %1: %2</source>
        <translation>no se puede contactar al planificador Dask en %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/studies.py" line="+34"/>
        <source>%1 studies are titled &quot;%2&quot;: name one by its id (%3)</source>
        <translation>%1 estudios se titulan &quot;%2&quot;: nombre uno por su id (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no study &quot;%1&quot; in the library, which has no studies yet</source>
        <translation>no hay ningún estudio &quot;%1&quot; en la biblioteca, que aún no tiene estudios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no study &quot;%1&quot; in the library (studies: %2)</source>
        <translation>no hay ningún estudio &quot;%1&quot; en la biblioteca (estudios: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown scenario %1 in &quot;%2&quot; (scenarios: %3)</source>
        <translation>escenario desconocido %1 en &quot;%2&quot; (escenarios: %3)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../models/commands/event.py" line="+37"/>
        <source>Add event &apos;%1&apos;</source>
        <translation>Agregar evento &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete event &apos;%1&apos;</source>
        <translation>Eliminar evento &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit %1 of an event</source>
        <translation>Editar %1 de un evento</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Switch &apos;%1&apos; on</source>
        <translation>Activar &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch &apos;%1&apos; off</source>
        <translation>Desactivar &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &apos;%1&apos; to as inherited</source>
        <translation>Dejar &apos;%1&apos; como lo hereda</translation>
    </message>
    <message>
        <location filename="../../models/commands/scenario.py" line="+28"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Reset %1</source>
        <translation>Restablecer %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New scenario &apos;%1&apos;</source>
        <translation>Nuevo escenario &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch &apos;%1&apos;</source>
        <translation>Derivar &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate &apos;%1&apos;</source>
        <translation>Duplicar &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete scenario &apos;%1&apos;</source>
        <translation>Eliminar escenario &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../models/commands/variable.py" line="+108"/>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renombrar &apos;%1&apos; como &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change colour of &apos;%1&apos;</source>
        <translation>Cambiar el color de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../models/commands/variable.py" line="+60"/>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <location filename="../../models/commands/study.py" line="+73"/>
        <source>Edit study settings</source>
        <translation>Editar la configuración del estudio</translation>
    </message>
    <message>
        <location filename="../../models/commands/variable.py" line="-132"/>
        <source>Add variable &apos;%1&apos;</source>
        <translation>Agregar variable &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate variable &apos;%1&apos;</source>
        <translation>Duplicar variable &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete variable &apos;%1&apos;</source>
        <translation>Eliminar variable &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Move %1 to group &apos;%2&apos;</source>
        <translation>Mover %1 al grupo &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location filename="../../models/explore/box_scenario.py" line="+81"/>
        <source>Make scenario &apos;%1&apos;</source>
        <translation>Crear escenario &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../models/foresight/commands.py" line="+63"/>
        <source>Re-rate driver</source>
        <translation>Recalificar impulsor</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Change consistency</source>
        <translation>Cambiar consistencia</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Make the four quadrant scenarios</source>
        <translation>Crear los cuatro escenarios de los cuadrantes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change pole &apos;%1&apos;</source>
        <translation>Cambiar polo &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New scenario &apos;%1&apos; from the box</source>
        <translation>Nuevo escenario &apos;%1&apos; desde la caja</translation>
    </message>
    <message>
        <location filename="../../models/tracking/commands.py" line="+62"/>
        <source>Add %n actual(s)</source>
        <translation>Agregar datos observados (%n)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove %n actual(s)</source>
        <translation>Quitar datos observados (%n)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit actual</source>
        <translation>Editar dato observado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signpost “%1”</source>
        <translation>Señal «%1»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove signpost</source>
        <translation>Quitar señal</translation>
    </message>
    <message>
        <location filename="../../models/workshop.py" line="+144"/>
        <source>Capture &apos;%1&apos;</source>
        <translation>Capturar &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../models/comparison.py" line="+96"/>
        <source>path %1</source>
        <translation>trayectoria %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../storage/workbook.py" line="+55"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../storage/workbook.py" line="+0"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>ComparisonBar</name>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="+28"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference from reference</source>
        <translation>Diferencia con la referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% difference from reference</source>
        <translation>% de diferencia con la referencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference scenario</source>
        <translation>Escenario de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario the others are compared with</source>
        <translation>El escenario con el que se comparan los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart values</source>
        <translation>Valores de los gráficos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show each scenario&apos;s values, or how far it is from the reference</source>
        <translation>Mostrar los valores de cada escenario, o cuánto se aleja de la referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare at &amp;horizons…</source>
        <translation>Comparar en &amp;horizontes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table of the charted indicators at the table years, with differences from the reference</source>
        <translation>Una tabla de los indicadores graficados en los años de la tabla, con sus diferencias con la referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What &amp;differs…</source>
        <translation>Qué &amp;difiere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inputs two scenarios set differently</source>
        <translation>Los insumos que dos escenarios definen de forma distinta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;harts show:</source>
        <translation>Los &amp;gráficos muestran:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>percentage points vs %1</source>
        <translation>puntos porcentuales frente a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Δ from %1 (%2)</source>
        <translation>Δ respecto de %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Δ from %1</source>
        <translation>Δ respecto de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% vs %1</source>
        <translation>% frente a %1</translation>
    </message>
</context>
<context>
    <name>CompileFailure</name>
    <message>
        <location filename="../../ui/session/compile_failure.py" line="+39"/>
        <source>an equation is too long or too deeply nested to compile; split it into smaller auxiliaries</source>
        <translation>una ecuación es demasiado larga o está demasiado anidada para compilarla; divídala en auxiliares más pequeñas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the compiler failed</source>
        <translation>falló el compilador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model could not be compiled: %1</source>
        <translation>No se pudo compilar el modelo: %1</translation>
    </message>
</context>
<context>
    <name>ComputeService</name>
    <message>
        <location filename="../../ui/compute/service.py" line="+29"/>
        <source>The computation stopped unexpectedly (its worker process ended) twice in a row, so it was given up.</source>
        <translation>El cálculo se detuvo inesperadamente (terminó su proceso de trabajo) dos veces seguidas, así que se abandonó.</translation>
    </message>
</context>
<context>
    <name>DescriptorsEditor</name>
    <message>
        <location filename="../../ui/foresight/descriptors_editor.py" line="+22"/>
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumption values</source>
        <translation>Valores de los supuestos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>part %1 (“%2”) needs the form name = number</source>
        <translation>la parte %1 («%2») necesita la forma nombre = número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an assumption of the model</source>
        <translation>«%1» no es un supuesto del modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a number (for %2)</source>
        <translation>«%1» no es un número (para %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add &amp;descriptor</source>
        <translation>Agregar &amp;descriptor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;variant</source>
        <translation>Agregar &amp;variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the variant of the current row (a descriptor goes with its last variants)</source>
        <translation>Quitar la variante de la fila actual (un descriptor se va con sus últimas variantes)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Variant values: %1.</source>
        <translation>Valores de la variante: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change variant values</source>
        <translation>Cambiar valores de la variante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Descriptor %1</source>
        <translation>Descriptor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add descriptor</source>
        <translation>Agregar descriptor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” has five variants already: a descriptor has 2 to 5.</source>
        <translation>«%1» ya tiene cinco variantes: un descriptor tiene de 2 a 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add variant</source>
        <translation>Agregar variante</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove variant</source>
        <translation>Quitar variante</translation>
    </message>
</context>
<context>
    <name>DiagramDetails</name>
    <message>
        <location filename="../../ui/diagram/details.py" line="+31"/>
        <source>Path over time</source>
        <translation>Trayectoria en el tiempo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Click a box to see its equation and values here; double-click to edit it.</source>
        <translation>Haga clic en un recuadro para ver aquí su ecuación y sus valores; doble clic para editarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auxiliary</source>
        <translation>auxiliar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stock</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts at:</source>
        <translation>Empieza en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes by:</source>
        <translation>Cambia según:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In {0}: {1} at the start, {2} at the end</source>
        <translation>En {0}: {1} al inicio, {2} al final</translation>
    </message>
</context>
<context>
    <name>DiagramMode</name>
    <message>
        <location filename="../../ui/diagram/install.py" line="+39"/>
        <source>Also draw the model&apos;s coefficients: variables that hold a number with its unit</source>
        <translation>Dibujar también los coeficientes del modelo: variables que guardan un número con su unidad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagrama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model&apos;s variables and the uses between them (Ctrl+Shift+D)</source>
        <translation>Las variables del modelo y cómo se usan entre sí (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Coefficients (%n)</source>
        <translation>Coeficientes (%n)</translation>
    </message>
</context>
<context>
    <name>DiagramSearch</name>
    <message>
        <location filename="../../ui/diagram/search.py" line="+19"/>
        <source>Find a variable (name or title) and press Enter</source>
        <translation>Busque una variable (nombre o título) y presione Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find on the diagram</source>
        <translation>Buscar en el diagrama</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../ui/diagram/view.py" line="+37"/>
        <source>Model diagram</source>
        <translation>Diagrama del modelo</translation>
    </message>
</context>
<context>
    <name>DifferencesDialog</name>
    <message>
        <location filename="../../ui/compare/differences_dialog.py" line="+29"/>
        <source>What differs between two scenarios</source>
        <translation>Qué difiere entre dos escenarios</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;with:</source>
        <translation>c&amp;on:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Input</source>
        <translation>Insumo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose two different scenarios.</source>
        <translation>Elija dos escenarios distintos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” and “%2” set every input the same way.</source>
        <translation>«%1» y «%2» definen todos los insumos de la misma manera.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n input(s) differ between “%1” and “%2”.</source>
        <translation>
            <numerusform>%n insumo difiere entre «%1» y «%2».</numerusform>
            <numerusform>%n insumos difieren entre «%1» y «%2».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriversView</name>
    <message>
        <location filename="../../ui/foresight/drivers_view.py" line="+29"/>
        <source>Driver</source>
        <translation>Impulsor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves</source>
        <translation>Mueve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumptions</source>
        <translation>supuestos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add driver</source>
        <translation>&amp;Agregar impulsor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove driver</source>
        <translation>&amp;Quitar impulsor</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>“%1” is not an assumption of the model.</source>
        <translation>«%1» no es un supuesto del modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A driver needs a name.</source>
        <translation>Un impulsor necesita un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category is one of: %1.</source>
        <translation>La categoría es una de: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change driver %1</source>
        <translation>Cambiar %1 del impulsor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New driver</source>
        <translation>Nuevo impulsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add driver</source>
        <translation>Agregar impulsor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove driver</source>
        <translation>Quitar impulsor</translation>
    </message>
</context>
<context>
    <name>EditorRoom</name>
    <message>
        <location filename="../../ui/editor/editor_room.py" line="+110"/>
        <source>The scenarios and assumptions come back when the model editor closes.</source>
        <translation>Los escenarios y los supuestos vuelven cuando se cierra el editor del modelo.</translation>
    </message>
</context>
<context>
    <name>EquationEdit</name>
    <message>
        <location filename="../../ui/editor/equation_editor.py" line="+188"/>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time step</source>
        <translation>paso de tiempo</translation>
    </message>
</context>
<context>
    <name>Equations</name>
    <message>
        <location filename="../../models/language/equations.py" line="+126"/>
        <location filename="../../storage/mdl/expressions.py" line="+61"/>
        <location filename="../../storage/xmile/equations.py" line="+75"/>
        <source>unexpected character %1</source>
        <translation>carácter inesperado %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../storage/arrays/parse.py" line="+107"/>
        <location filename="../../storage/xmile/equations.py" line="+20"/>
        <source>equation is too long (%1 characters; the limit is %2)</source>
        <translation>la ecuación es demasiado larga (%1 caracteres; el límite es %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../storage/arrays/parse.py" line="+4"/>
        <location filename="../../storage/mdl/expressions.py" line="+134"/>
        <location filename="../../storage/xmile/equations.py" line="+4"/>
        <source>equation is empty</source>
        <translation>la ecuación está vacía</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../storage/arrays/parse.py" line="+4"/>
        <location filename="../../storage/mdl/expressions.py" line="+4"/>
        <location line="+85"/>
        <location filename="../../storage/xmile/equations.py" line="+4"/>
        <source>unexpected %1</source>
        <translation>elemento inesperado: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>equation is too large (more than %1 parts)</source>
        <translation>la ecuación es demasiado grande (más de %1 partes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../storage/xmile/equations.py" line="+35"/>
        <location line="+62"/>
        <source>equation is nested too deeply (more than %1 levels)</source>
        <translation>la ecuación está demasiado anidada (más de %1 niveles)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>comparisons cannot be chained; join them with &apos;and&apos;</source>
        <translation>las comparaciones no se pueden encadenar; únalas con &apos;and&apos;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;%1&apos; needs a value before it</source>
        <translation>&apos;%1&apos; necesita un valor antes</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../storage/xmile/equations.py" line="+45"/>
        <source>expected a number, a name or &apos;(&apos; but found %1</source>
        <translation>se esperaba un número, un nombre o &apos;(&apos; pero se encontró %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../storage/xmile/equations.py" line="+14"/>
        <source>expected &apos;%1&apos; to close the &apos;(&apos; at column %2 but found %3</source>
        <translation>se esperaba &apos;%1&apos; para cerrar el &apos;(&apos; de la columna %2 pero se encontró %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../storage/mdl/expressions.py" line="+67"/>
        <location filename="../../storage/xmile/equations.py" line="+6"/>
        <source>the end of the equation</source>
        <translation>el final de la ecuación</translation>
    </message>
    <message>
        <location filename="../../storage/mdl/expressions.py" line="-291"/>
        <source>reading data from files is not supported (external data)</source>
        <translation>no se admite leer datos de archivos (datos externos)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>arrays</source>
        <translation>arreglos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocation</source>
        <translation>asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external data</source>
        <translation>datos externos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random numbers</source>
        <translation>números aleatorios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ACTIVE INITIAL (its value at the start differs from the equation)</source>
        <translation>ACTIVE INITIAL (su valor al inicio difiere de la ecuación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch delays</source>
        <translation>retardos por lotes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>conveyors</source>
        <translation>cintas transportadoras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder equations (A FUNCTION OF)</source>
        <translation>ecuaciones provisionales (A FUNCTION OF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WITH LOOKUP inside an expression</source>
        <translation>WITH LOOKUP dentro de una expresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extrapolating lookups</source>
        <translation>tablas que extrapolan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected &apos;%1&apos;, found %2</source>
        <translation>se esperaba &apos;%1&apos;, se encontró %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>a subscript must be a range or an element, not %1</source>
        <translation>un subíndice debe ser un rango o un elemento, no %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &apos;,&apos; or &apos;]&apos; to close the &apos;[&apos; at column %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; para cerrar el &apos;[&apos; de la columna %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>more than %1 nested parentheses</source>
        <translation>más de %1 paréntesis anidados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not supported (%2)</source>
        <translation>%1 no se admite (%2)</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/equations.py" line="-107"/>
        <source>expected %1 for the IF at column %2 but found %3</source>
        <translation>se esperaba %1 para el IF de la columna %2 pero se encontró %3</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the number %1 is too large</source>
        <translation>el número %1 es demasiado grande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subscripts (arrays) are not supported</source>
        <translation>no se admiten subíndices (arreglos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is subscripted; arrays are not supported</source>
        <translation>&apos;%1&apos; lleva subíndices; no se admiten arreglos</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/editor/event_form.py" line="+29"/>
        <source>as inherited</source>
        <translation>como lo hereda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As inherited: as its parent scenario sets it; off in the projection when no parent sets it, by chance in the uncertainty runs.</source>
        <translation>Como lo hereda: como lo define su escenario padre; desactivado en la proyección cuando ningún padre lo define, al azar en las corridas de incertidumbre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add</source>
        <translation>sumar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>multiply by</source>
        <translation>multiplicar por</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>one time step</source>
        <translation>un paso de tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add effect</source>
        <translation>Agregar efecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove effect</source>
        <translation>Quitar efecto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Empieza en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lasts:</source>
        <translation>&amp;Dura:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;While active, it changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mientras está activo, cambia&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;In each scenario it is&lt;/b&gt;</source>
        <translation>&lt;b&gt;En cada escenario está&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An event needs a name.</source>
        <translation>Un evento necesita un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another event is already called “%1”.</source>
        <translation>Ya hay otro evento llamado «%1».</translation>
    </message>
</context>
<context>
    <name>EventOddsDialog</name>
    <message>
        <location filename="../../ui/uncertainty/event_odds_dialog.py" line="+27"/>
        <source>by chance</source>
        <translation>al azar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>always happens</source>
        <translation>siempre ocurre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never happens</source>
        <translation>nunca ocurre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this scenario</source>
        <translation>En este escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Happened in</source>
        <translation>Ocurrió en</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event odds</source>
        <translation>Probabilidad de los eventos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“By chance”: off in the deterministic line, and happens with its probability in each Monte Carlo sample. “Happened in” counts the %1 samples behind the bands (seed %2).</source>
        <translation>«Al azar»: desactivado en la línea determinista, y ocurre con su probabilidad en cada muestra de Monte Carlo. «Ocurrió en» cuenta las %1 muestras detrás de las bandas (semilla %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>How often each event happens could not be counted: %1</source>
        <translation>No se pudo contar con qué frecuencia ocurre cada evento: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of samples</source>
        <translation>%1 de las muestras</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Probability of %1</source>
        <translation>Probabilidad de %1</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../ui/editor/events_view.py" line="+29"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add event</source>
        <translation>&amp;Agregar evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete event</source>
        <translation>&amp;Eliminar evento</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1   (%2, from %3)</source>
        <translation>%1   (%2, desde %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New event %1</source>
        <translation>Nuevo evento %1</translation>
    </message>
</context>
<context>
    <name>Exploration</name>
    <message>
        <location filename="../../ui/explore/install.py" line="+22"/>
        <source>E&amp;xplore…</source>
        <translation>E&amp;xplorar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find where, across every slider&apos;s range, an outcome happens, and make it a scenario</source>
        <translation>Encontrar en qué parte del rango de cada control ocurre un resultado, y convertirla en escenario</translation>
    </message>
</context>
<context>
    <name>Explore</name>
    <message>
        <location filename="../../models/explore/box_scenario.py" line="-52"/>
        <source>in %1</source>
        <comment>a question&apos;s time</comment>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at any time from %1 to %2</source>
        <comment>a question&apos;s stretch</comment>
        <translation>en algún momento entre %1 y %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3 %4</source>
        <comment>variable, comparison, threshold, time</comment>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found by scenario discovery on “%1”: of %2 runs (seed %3) with every slider drawn across its range, PRIM looked for where %4.</source>
        <translation>Hallado por descubrimiento de escenarios sobre «%1»: en %2 corridas (semilla %3) con cada control recorriendo todo su rango, PRIM buscó dónde %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The box holds %1 of the runs where that happened (coverage), and it happened in %2 of the runs inside it (density). Each assumption it narrows is set to the middle of its range there:</source>
        <translation>La caja contiene el %1 de las corridas en que eso ocurrió (cobertura), y ocurrió en el %2 de las corridas dentro de ella (densidad). Cada supuesto que acota queda en el centro de su rango allí:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- %1: %2 to %3 %6 (of %4 to %5)</source>
        <translation>- %1: %2 a %3 %6 (de %4 a %5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- %1: %2 to %3 (of %4 to %5)</source>
        <translation>- %1: %2 a %3 (de %4 a %5)</translation>
    </message>
    <message>
        <location filename="../../models/explore/ensemble.py" line="+40"/>
        <source>the condition %1 is not of the form &apos;variable &lt; number&apos; (or &lt;=, &gt;, &gt;=)</source>
        <translation>la condición %1 no tiene la forma &apos;variable &lt; número&apos; (o &lt;=, &gt;, &gt;=)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the condition names &apos;%1&apos;, which is not a variable of the study</source>
        <translation>la condición nombra &apos;%1&apos;, que no es una variable del estudio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the stretch ends at %1, not after it starts at %2</source>
        <translation>el tramo termina en %1, no después de empezar en %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time %1 is outside the study&apos;s axis (%2 to %3)</source>
        <translation>el tiempo %1 está fuera del eje del estudio (%2 a %3)</translation>
    </message>
    <message>
        <location filename="../../models/explore/question.py" line="+44"/>
        <source>%1 %2 %3 at %4</source>
        <translation>%1 %2 %3 en %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %3 at any time from %4 to %5</source>
        <translation>%1 %2 %3 en algún momento entre %4 y %5</translation>
    </message>
    <message>
        <location filename="../../models/explore/report.py" line="+26"/>
        <source>box</source>
        <translation>caja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coverage</source>
        <translation>cobertura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>density</source>
        <translation>densidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mass</source>
        <translation>masa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restricted</source>
        <translation>acotados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>question: %1</source>
        <translation>pregunta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs (seed %2) across %3 assumptions: the condition held in %4 (%5)</source>
        <translation>%1 corridas (semilla %2) sobre %3 supuestos: la condición se cumplió en %4 (%5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PRIM trajectory (each box narrower than the one before):</source>
        <translation>Trayectoria de PRIM (cada caja más estrecha que la anterior):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>box: coverage %1 (of the runs where the condition held, the share inside), density %2 (of the runs inside, the share where it held)</source>
        <translation>caja: cobertura %1 (de las corridas en que se cumplió la condición, la parte dentro), densidad %2 (de las corridas dentro, la parte en que se cumplió)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no assumption narrows it: the condition is spread across the whole space</source>
        <translation>ningún supuesto la acota: la condición está repartida por todo el espacio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 to %3 (of %4 to %5); by chance alone: %6</source>
        <translation>%1: %2 a %3 (de %4 a %5); solo por azar: %6</translation>
    </message>
</context>
<context>
    <name>ExploreDialog</name>
    <message>
        <location filename="../../ui/explore/explore_dialog.py" line="+44"/>
        <source>below (&lt;)</source>
        <translation>por debajo de (&lt;)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at most (≤)</source>
        <translation>como máximo (≤)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above (&gt;)</source>
        <translation>por encima de (&gt;)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least (≥)</source>
        <translation>como mínimo (≥)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Explore: where does an outcome happen?</source>
        <translation>Explorar: ¿dónde ocurre un resultado?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The scenario explored: every slider is drawn across its range, the rest stays as it sets</source>
        <translation>El escenario explorado: cada control se recorre en todo su rango; lo demás queda como él lo define</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(only then)</source>
        <translation>(solo entonces)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The condition holds if it holds at any time from the time above to this one</source>
        <translation>La condición se cumple si se cumple en algún momento desde el tiempo de arriba hasta este</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many futures to run, up to %1 here (more from the command line)</source>
        <translation>Cuántos futuros correr, hasta %1 aquí (más desde la línea de comandos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same question, runs and seed always give the same ensemble and boxes</source>
        <translation>La misma pregunta, corridas y semilla dan siempre el mismo conjunto y las mismas cajas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Dask scheduler&apos;s address (tcp://host:8786) to run the ensemble on that cluster; empty: here. The numbers are the same either way.</source>
        <translation>La dirección de un planificador Dask (tcp://host:8786) para correr el conjunto en ese clúster; vacío: aquí. Los números son los mismos en ambos casos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Correr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exploration progress</source>
        <translation>Avance de la exploración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the ensemble being run</source>
        <translation>Detener el conjunto en curso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an outcome and a condition, then Run.</source>
        <translation>Elija un resultado y una condición, y luego Correr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Is:</source>
        <translation>E&amp;stá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Than:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or any time un&amp;til:</source>
        <translation>O en algún momento &amp;hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;uns:</source>
        <translation>C&amp;orridas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>Se&amp;milla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;luster:</source>
        <translation>C&amp;lúster:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PRIM peeling trajectory</source>
        <translation>Trayectoria de pelado de PRIM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Make a scenario</source>
        <translation>&amp;Crear un escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a child of the explored scenario with each narrowed assumption at the middle of its range in the box (one undo step)</source>
        <translation>Agregar un hijo del escenario explorado con cada supuesto acotado en el centro de su rango en la caja (un solo paso de deshacer)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Running %1 futures of “%2” to find where %3; then PRIM peels the boxes (the bar counts the runs; peeling follows them).</source>
        <translation>Corriendo %1 futuros de «%2» para encontrar dónde %3; luego PRIM pela las cajas (la barra cuenta las corridas; el pelado viene después).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: press Run to explore again.</source>
        <translation>Cancelado: presione Correr para explorar de nuevo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was explored: %1.</source>
        <translation>No se exploró nada: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In none of %1 runs (seed %2) is %3: there is no region to find. Try another threshold or time.</source>
        <translation>En ninguna de las %1 corridas (semilla %2) se cumple %3: no hay región que encontrar. Pruebe otro umbral u otro momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 runs (seed %2) across %3 assumptions, %4 s. %5: in %6 runs (%7).

PRIM peeled %8 boxes. Click a dot to inspect its box; the ringed one is the densest that still holds %9 of those runs.</source>
        <translation>%1 corridas (semilla %2) sobre %3 supuestos, %4 s. %5: en %6 corridas (%7).

PRIM peló %8 cajas. Haga clic en un punto para examinar su caja; la marcada con un anillo es la más densa que aún contiene el %9 de esas corridas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model does not compile, so nothing can be explored. See Problems.</source>
        <translation>El modelo no compila, así que no se puede explorar nada. Vea Problemas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exploration could not be run: %1</source>
        <translation>No se pudo correr la exploración: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>&lt;b&gt;Box %1&lt;/b&gt;: coverage %2, density %3, %4 of all runs; it narrows %n assumption(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Caja %1&lt;/b&gt;: cobertura %2, densidad %3, %4 de todas las corridas; acota %n supuesto</numerusform>
            <numerusform>&lt;b&gt;Caja %1&lt;/b&gt;: cobertura %2, densidad %3, %4 de todas las corridas; acota %n supuestos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumptions narrowed: %1</source>
        <translation>Supuestos acotados: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made the scenario “%1”: it is selected in the window (Ctrl+Z removes it).</source>
        <translation>Se creó el escenario «%1»: está seleccionado en la ventana (Ctrl+Z lo quita).</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="+17"/>
        <source>&amp;Study file (all scenarios)…</source>
        <translation>Archivo de e&amp;studio (todos los escenarios)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Study files (*.json)</source>
        <translation>Archivos de estudio (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;elected scenario file (with its parents)…</source>
        <translation>Archivo del escenario s&amp;eleccionado (con sus padres)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projections as &amp;CSV…</source>
        <translation>Proyecciones en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projections as &amp;workbook (XLSX)…</source>
        <translation>Proyecciones en &amp;libro de cálculo (XLSX)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts as &amp;PNG…</source>
        <translation>Gráficos en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts as S&amp;VG…</source>
        <translation>Gráficos en S&amp;VG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario &amp;brief (PDF)…</source>
        <translation>&amp;Informe de escenario (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario brief (&amp;HTML)…</source>
        <translation>Informe de escenario (&amp;HTML)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not written: %2</source>
        <translation>No se escribió %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
</context>
<context>
    <name>FanBands</name>
    <message>
        <location filename="../../ui/plots/fan_bands.py" line="+101"/>
        <source>updating…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>median %1, 90 % %2…%3 (updating)</source>
        <translation>mediana %1, 90 % %2…%3 (actualizando)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median %1, 90 % %2…%3</source>
        <translation>mediana %1, 90 % %2…%3</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../../storage/errors.py" line="+28"/>
        <source>a Prospectiva study</source>
        <translation>un estudio de Prospectiva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be opened as %2:</source>
        <translation>%1 no se puede abrir como %2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a model (XMILE)</source>
        <translation>un modelo (XMILE)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a model (Vensim .mdl)</source>
        <translation>un modelo (Vensim .mdl)</translation>
    </message>
    <message>
        <location filename="../../storage/interchange.py" line="+47"/>
        <location filename="../../storage/xmile/xmltree.py" line="+104"/>
        <source>the file is %1 MB; at most %2 MB</source>
        <translation>el archivo pesa %1 MB; como máximo %2 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../storage/model_files.py" line="+45"/>
        <location line="+16"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(top level): should be an object with &quot;format&quot;: &quot;prospectiva-study&quot;</source>
        <translation>(nivel superior): debería ser un objeto con &quot;format&quot;: &quot;prospectiva-study&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no format</source>
        <translation>sin format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format %1</source>
        <translation>format %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format: not a Prospectiva study file (%1, expected &quot;%2&quot;)</source>
        <translation>format: no es un archivo de estudio de Prospectiva (%1; se esperaba &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version: made by a newer Prospectiva (file version %1; this one reads up to version %2) — update Prospectiva to open it</source>
        <translation>version: hecho por un Prospectiva más reciente (versión de archivo %1; este lee hasta la versión %2) — actualice Prospectiva para abrirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version: %1 is not a version of this format</source>
        <translation>version: %1 no es una versión de este formato</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>cannot be written: %1 (a value is NaN or infinite)</source>
        <translation>no se puede escribir: %1 (un valor es NaN o infinito)</translation>
    </message>
    <message>
        <location filename="../../storage/jsontext.py" line="+35"/>
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba el separador &apos;,&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaba el separador &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre de clave entre comillas dobles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>datos de más</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unterminated string starting at</source>
        <translation>texto sin cerrar que empieza en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <translation>carácter de control no válido en</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invalid \escape</source>
        <translation>secuencia \ no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>coma sobrante antes del fin del objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>coma sobrante antes del fin de la lista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: not UTF-8 text (byte %2 at offset %3); save the file as UTF-8</source>
        <translation>línea %1: no es texto UTF-8 (byte %2 en la posición %3); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../storage/model_files.py" line="-19"/>
        <location line="+16"/>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo pesa más de %1 MB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: nested deeper than %2 levels</source>
        <translation>%1: anidado a más de %2 niveles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not a number JSON allows</source>
        <translation>%1: %2 no es un número que JSON admita</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>línea %1, columna %2: no es JSON válido (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: key %2 is given more than once</source>
        <translation>%1: la clave %2 aparece más de una vez</translation>
    </message>
    <message>
        <location filename="../../storage/model_files.py" line="-25"/>
        <source>unknown kind of file &apos;%1&apos;: choose a file ending in %2</source>
        <translation>tipo de archivo desconocido &apos;%1&apos;: elija un archivo que termine en %2</translation>
    </message>
    <message>
        <location filename="../../storage/file_shape.py" line="+29"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an assumption</source>
        <translation>un supuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an auxiliary</source>
        <translation>un auxiliar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a stock</source>
        <translation>un nivel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>required key is missing</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>should be %1, not %2</source>
        <translation>debería ser %1, no %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../storage/validation.py" line="+267"/>
        <source>should be a finite number</source>
        <translation>debería ser un número finito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a point is [t, v]: exactly two numbers</source>
        <translation>un punto es [t, v]: exactamente dos números</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a path needs at least one point</source>
        <translation>una trayectoria necesita al menos un punto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 variables; at most %2 are allowed</source>
        <translation>%1 variables; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events; at most %2 are allowed</source>
        <translation>%1 eventos; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 scenarios; at most %2 are allowed</source>
        <translation>%1 escenarios; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 effects in all; at most %2 are allowed</source>
        <translation>%1 efectos en total; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../storage/validation.py" line="-137"/>
        <source>(file)</source>
        <translation>(archivo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 path points in all; at most %2 are allowed</source>
        <translation>%1 puntos de trayectoria en total; se permiten como máximo %2</translation>
    </message>
    <message>
        <location filename="../../storage/foresight/files.py" line="+96"/>
        <location filename="../../storage/tracking/validation.py" line="+29"/>
        <location filename="../../storage/validation.py" line="-82"/>
        <location filename="../../storage/xmile/translate.py" line="+219"/>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — ¿quiso decir &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown objective &apos;%1&apos;%2</source>
        <translation>objetivo desconocido &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown driver &apos;%1&apos;%2</source>
        <translation>impulsor desconocido &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown variant &apos;%1&apos;%2</source>
        <translation>variante desconocida &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must not be blank</source>
        <translation>no debe estar en blanco</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../storage/tracking/validation.py" line="+99"/>
        <source>duplicate id (also %1)</source>
        <translation>id repetido (también en %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is outside %2&apos;s range (%3 to %4)</source>
        <translation>%1 está fuera del rango de %2 (%3 a %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside %2&apos;s range</source>
        <translation>%1 está fuera del rango de %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a matrix has exactly two axes, not %1</source>
        <translation>una matriz tiene exactamente dos ejes, no %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an axis has exactly two poles, not %1</source>
        <translation>un eje tiene exactamente dos polos, no %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already set by axis %1; an assumption belongs to one axis</source>
        <translation>ya lo fija el eje %1; un supuesto pertenece a un solo eje</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a descriptor has 2 to 5 variants, not %1</source>
        <translation>un descriptor tiene de 2 a 5 variantes, no %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; and &apos;%2&apos; are variants of one descriptor; only variants of different descriptors are judged</source>
        <translation>&apos;%1&apos; y &apos;%2&apos; son variantes de un mismo descriptor; solo se juzgan variantes de descriptores distintos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same pair and assessor as %1</source>
        <translation>el mismo par y evaluador que %1</translation>
    </message>
    <message>
        <location filename="../../storage/tracking/validation.py" line="-94"/>
        <location filename="../../storage/validation.py" line="+4"/>
        <source>unknown variable &apos;%1&apos;%2</source>
        <translation>variable desconocida &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>version: the study uses version-2 sections (%1) but the file says version %2</source>
        <translation>version: el estudio usa secciones de la versión 2 (%1) pero el archivo dice versión %2</translation>
    </message>
    <message>
        <location filename="../../storage/tracking/actuals_import.py" line="-27"/>
        <location filename="../../storage/tracking/validation.py" line="+8"/>
        <source>%1 is outside the time axis (%2)</source>
        <translation>%1 está fuera del eje de tiempo (%2)</translation>
    </message>
    <message>
        <location filename="../../storage/tracking/validation.py" line="+8"/>
        <source>a horizon needs a name</source>
        <translation>un horizonte necesita un nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not overlap the time axis (%2)</source>
        <translation>%1 no se superpone con el eje de tiempo (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the same variable, time and source as %1</source>
        <translation>la misma variable, tiempo y fuente que %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required for &apos;%1&apos; (the threshold)</source>
        <translation>obligatorio para &apos;%1&apos; (el umbral)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required for &apos;%1&apos; (how many periods in a row)</source>
        <translation>obligatorio para &apos;%1&apos; (cuántos periodos seguidos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required for &apos;outside_band&apos; (whose band)</source>
        <translation>obligatorio para &apos;outside_band&apos; (la banda de qué escenario)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../storage/validation.py" line="+27"/>
        <source>%1 is not a UUID</source>
        <translation>%1 no es un UUID</translation>
    </message>
    <message>
        <location filename="../../storage/validation.py" line="+6"/>
        <source>duplicate name %1 (also %2)</source>
        <translation>nombre repetido %1 (también en %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate id %1 (also %2)</source>
        <translation>id repetido %1 (también en %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>path times must not go backwards</source>
        <translation>los tiempos de una trayectoria no deben retroceder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be greater than 0, not %1</source>
        <translation>debe ser mayor que 0, no %1</translation>
    </message>
    <message>
        <location filename="../../storage/tracking/validation.py" line="-58"/>
        <location filename="../../storage/validation.py" line="+2"/>
        <source>must be after start (%1), not %2</source>
        <translation>debe ser posterior al inicio (%1), no %2</translation>
    </message>
    <message>
        <location filename="../../storage/validation.py" line="+4"/>
        <source>%1 time points; at most %2 are allowed</source>
        <translation>%1 puntos de tiempo; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 time points in all; at most %2 are allowed</source>
        <translation>%1 puntos de tiempo en total; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is reserved (a built-in name, function or keyword of the equation language)</source>
        <translation>%1 está reservado (un nombre integrado, una función o una palabra clave del lenguaje de ecuaciones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a name equations can use (letters, digits and _, not starting with a digit)</source>
        <translation>%1 no es un nombre que las ecuaciones puedan usar (letras, dígitos y _, sin empezar por un dígito)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required for %1</source>
        <translation>obligatorio para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min %1 is greater than max %2</source>
        <translation>min %1 es mayor que max %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside min..max (%2)</source>
        <translation>%1 está fuera de min..max (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>required for a %1 distribution</source>
        <translation>obligatorio para una distribución %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a parameter of a %1 distribution</source>
        <translation>no es un parámetro de una distribución %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs low &lt;= mode &lt;= high</source>
        <translation>requiere low &lt;= mode &lt;= high</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an event needs a name</source>
        <translation>un evento necesita un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and 1, not %1</source>
        <translation>debe estar entre 0 y 1, no %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be negative, not %1</source>
        <translation>no debe ser negativo, no %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a scenario needs a name</source>
        <translation>un escenario necesita un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a colour written #RRGGBB (like &quot;#1f77b4&quot;), not %1</source>
        <translation>debería ser un color escrito #RRGGBB (como &quot;#1f77b4&quot;), no %1</translation>
    </message>
    <message>
        <location filename="../../storage/explorations.py" line="+65"/>
        <location line="+15"/>
        <location filename="../../storage/foresight/files.py" line="-159"/>
        <location filename="../../storage/tracking/validation.py" line="-32"/>
        <location filename="../../storage/validation.py" line="+6"/>
        <source>unknown scenario &apos;%1&apos;%2</source>
        <translation>escenario desconocido &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../../storage/foresight/files.py" line="+30"/>
        <source>&apos;%1&apos; is not an assumption of the model%2</source>
        <translation>&apos;%1&apos; no es un supuesto del modelo%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range %1 to %2 runs backwards</source>
        <translation>el rango de %1 a %2 va al revés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate id</source>
        <translation>id repetido</translation>
    </message>
    <message>
        <location filename="../../storage/validation.py" line="+6"/>
        <source>&apos;%1&apos; is %2; a scenario sets assumptions only</source>
        <translation>&apos;%1&apos; es %2; un escenario solo fija supuestos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>re-anchoring is version 2, but the file says version %1</source>
        <translation>el reanclaje es de la versión 2, pero el archivo dice versión %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is %2; only a stock can be re-anchored</source>
        <translation>&apos;%1&apos; es %2; solo un nivel puede reanclarse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown event &apos;%1&apos;%2</source>
        <translation>evento desconocido &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>should be a number or {&quot;path&quot;: [[t, v], ...]}, not %1</source>
        <translation>debería ser un número o {&quot;path&quot;: [[t, v], ...]}, no %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>parents form a cycle: %1</source>
        <translation>los padres forman un ciclo: %1</translation>
    </message>
    <message>
        <location filename="../../storage/diagram/files.py" line="+40"/>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (¿quiso decir &apos;%1&apos;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no variable &apos;%1&apos;%2</source>
        <translation>no hay ninguna variable &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/xmltree.py" line="-11"/>
        <source>line %1: a document type declaration (&lt;!DOCTYPE&gt;) is not allowed in a model file</source>
        <translation>línea %1: una declaración de tipo de documento (&lt;!DOCTYPE&gt;) no se admite en un archivo de modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: entity declarations are not allowed in a model file</source>
        <translation>línea %1: las declaraciones de entidades no se admiten en un archivo de modelo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not well-formed XML at line %1, column %2: %3</source>
        <translation>XML mal formado en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (the &lt;%2&gt; opened at line %3 is not closed)</source>
        <translation>%1 (el &lt;%2&gt; abierto en la línea %3 no se cierra)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the XML declaration names an unknown encoding (%1)</source>
        <translation>la declaración XML nombra una codificación desconocida (%1)</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/reader.py" line="-110"/>
        <source>conveyor stocks</source>
        <translation>los niveles tipo cinta (conveyor)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>queue stocks</source>
        <translation>los niveles tipo cola (queue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conveyor leakage</source>
        <translation>las fugas de cinta (leakage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queue overflow</source>
        <translation>el desborde de colas (overflow)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>flow multipliers</source>
        <translation>los multiplicadores de flujo</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="-40"/>
        <location filename="../../storage/xmile/translate.py" line="+51"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/reader.py" line="+63"/>
        <source>not an XMILE model (the document is &lt;%1&gt;, in the namespace http://docs.oasis-open.org/xmile/ns/XMILE/v1.0)</source>
        <translation>no es un modelo XMILE (el documento es &lt;%1&gt;, en el espacio de nombres http://docs.oasis-open.org/xmile/ns/XMILE/v1.0)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file has no &lt;model&gt;</source>
        <translation>el archivo no tiene &lt;model&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file has no &lt;sim_specs&gt; (start, stop and dt)</source>
        <translation>el archivo no tiene &lt;sim_specs&gt; (start, stop y dt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;sim_specs&gt; has no &lt;%1&gt;</source>
        <translation>&lt;sim_specs&gt; no tiene &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dt must be greater than 0</source>
        <translation>dt debe ser mayor que 0</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;non_negative&gt; should be empty, true or false, not %1</source>
        <translation>&lt;non_negative&gt; debería estar vacío o ser true o false, no %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the model has %1 variables; at most %2 are allowed</source>
        <translation>el modelo tiene %1 variables; se permiten como máximo %2</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/arrays.py" line="+40"/>
        <location line="+11"/>
        <location filename="../../storage/xmile/macros.py" line="+53"/>
        <location line="+6"/>
        <location filename="../../storage/xmile/reader.py" line="+21"/>
        <source>a &lt;%1&gt; without a name</source>
        <translation>un &lt;%1&gt; sin nombre</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>give its elements (&lt;elem name=…&gt;) or a size from 1 to %1</source>
        <translation>indique sus elementos (&lt;elem name=…&gt;) o un tamaño de 1 a %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its &lt;dimensions&gt; should name each &lt;dim&gt;</source>
        <translation>sus &lt;dimensions&gt; deberían nombrar cada &lt;dim&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the &lt;element&gt; subscript %1 should name one element of each of %2</source>
        <translation>el subíndice de &lt;element&gt; %1 debería nombrar un elemento de cada una de %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>dimensión desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &lt;eqn&gt; for %2 elements</source>
        <translation>%1 &lt;eqn&gt; para %2 elementos</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/macros.py" line="+22"/>
        <source>a macro of this name is already defined (line %1)</source>
        <translation>ya hay una macro con este nombre (línea %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the macro has no output equation (&lt;eqn&gt;)</source>
        <translation>la macro no tiene ecuación de salida (&lt;eqn&gt;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is both a parameter and a variable of the macro</source>
        <translation>&apos;%1&apos; es a la vez un parámetro y una variable de la macro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a parameter is named twice</source>
        <translation>un parámetro aparece dos veces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the macro %1 takes %2 arguments, not %3</source>
        <translation>la macro %1 recibe %2 argumentos, no %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the macro %1 takes %2 to %3 arguments, not %4</source>
        <translation>la macro %1 recibe de %2 a %3 argumentos, no %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>macros are expanded more than %1 times; the model would be too large</source>
        <translation>las macros se expanden más de %1 veces; el modelo sería demasiado grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the macro %1 calls itself (%2)</source>
        <translation>la macro %1 se llama a sí misma (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; is a variable of the model; the macro %2 sees only its parameters and its own variables</source>
        <translation>&apos;%1&apos; es una variable del modelo; la macro %2 solo ve sus parámetros y sus propias variables</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&apos;%1&apos; has no equation</source>
        <translation>&apos;%1&apos; no tiene ecuación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the stock &apos;%1&apos; names a flow &apos;%2&apos; the macro does not have</source>
        <translation>el nivel &apos;%1&apos; nombra un flujo &apos;%2&apos; que la macro no tiene</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/reader.py" line="+6"/>
        <source>%1 are not supported (&lt;%2&gt;)</source>
        <translation>no se admiten %1 (&lt;%2&gt;)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a standalone &lt;gf&gt; needs a name</source>
        <translation>un &lt;gf&gt; independiente necesita un nombre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;%1&gt; should be numbers separated by %2</source>
        <translation>&lt;%1&gt; debería tener números separados por %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;%1&gt; should be finite numbers (not inf or nan)</source>
        <translation>&lt;%1&gt; debería tener números finitos (no inf ni nan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 graphical functions are not supported (only continuous ones, held flat beyond their ends)</source>
        <translation>no se admiten las funciones gráficas %1 (solo las continuas, constantes más allá de sus extremos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the graphical function has no &lt;ypts&gt;</source>
        <translation>la función gráfica no tiene &lt;ypts&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the graphical function has neither &lt;xpts&gt; nor &lt;xscale&gt;</source>
        <translation>la función gráfica no tiene &lt;xpts&gt; ni &lt;xscale&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 x points but %2 y points</source>
        <translation>%1 puntos x pero %2 puntos y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points; at most %2 are supported</source>
        <translation>%1 puntos; se admiten como máximo %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the x points must increase</source>
        <translation>los puntos x deben ser crecientes</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/translate.py" line="-148"/>
        <source>%1, column %2: %3</source>
        <translation>%1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1: &apos;%2&apos; is defined twice (also line %3)</source>
        <translation>línea %1: &apos;%2&apos; está definido dos veces (también en la línea %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: the graphical function &apos;%2&apos; has the name of a variable</source>
        <translation>línea %1: la función gráfica &apos;%2&apos; tiene el nombre de una variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is missing (an empty &lt;eqn&gt;)</source>
        <translation>falta %1 (un &lt;eqn&gt; vacío)</translation>
    </message>
    <message>
        <location filename="../../storage/arrays/apply.py" line="+79"/>
        <source>its definitions give different numbers of subscripts</source>
        <translation>sus definiciones dan cantidades distintas de subíndices</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 numbers are given for %2 elements</source>
        <translation>se dan %1 números para %2 elementos</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+45"/>
        <location filename="../../storage/xmile/macros.py" line="-22"/>
        <location filename="../../storage/xmile/translate.py" line="+5"/>
        <source>%1, column %2: %3 in %4</source>
        <translation>%1, columna %2: %3 en %4</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the element %1 is defined twice (also line %2)</source>
        <translation>el elemento %1 está definido dos veces (también en la línea %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, element %2: %3</source>
        <translation>%1, elemento %2: %3</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/translate.py" line="+38"/>
        <source>the graphical function &apos;%1&apos; needs an input: write %1(x)</source>
        <translation>la función gráfica &apos;%1&apos; necesita una entrada: escriba %1(x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; refers into a module the model does not have</source>
        <translation>&apos;%1&apos; remite a un módulo que el modelo no tiene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown name &apos;%1&apos;%2</source>
        <translation>nombre desconocido &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the graphical function &apos;%1&apos; takes one input</source>
        <translation>la función gráfica &apos;%1&apos; recibe una sola entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a variable, not a function</source>
        <translation>&apos;%1&apos; es una variable, no una función</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/functions.py" line="+144"/>
        <location filename="../../storage/xmile/translate.py" line="+1"/>
        <source>&apos;%1&apos; is not a function Prospectiva can translate</source>
        <translation>&apos;%1&apos; no es una función que Prospectiva pueda traducir</translation>
    </message>
    <message>
        <location filename="../../storage/mdl/expressions.py" line="+5"/>
        <location filename="../../storage/mdl/reader.py" line="+152"/>
        <location filename="../../storage/xmile/translate.py" line="+5"/>
        <source>%1 takes %2 arguments, not %3</source>
        <translation>%1 recibe %2 argumentos, no %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../storage/xmile/translate.py" line="+1"/>
        <source>%1 takes %2 to %3 arguments, not %4</source>
        <translation>%1 recibe de %2 a %3 argumentos, no %4</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/translate.py" line="+39"/>
        <source>the initial value</source>
        <translation>el valor inicial</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its inflow &apos;%1&apos; is not in the model</source>
        <translation>su flujo de entrada &apos;%1&apos; no está en el modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outflow &apos;%1&apos; is not in the model</source>
        <translation>su flujo de salida &apos;%1&apos; no está en el modelo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the equation</source>
        <translation>la ecuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graphical function&apos;s input</source>
        <translation>la entrada de la función gráfica</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>stop (%1) must be after start (%2)</source>
        <translation>stop (%1) debe ser posterior a start (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 time steps; at most %2 are allowed</source>
        <translation>%1 pasos de tiempo; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;%1&apos; after translation: %2</source>
        <translation>&apos;%1&apos; tras la traducción: %2</translation>
    </message>
    <message>
        <location filename="../../storage/mdl/reader.py" line="-96"/>
        <location filename="../../storage/mdl/subscripts.py" line="+107"/>
        <source>data equations (:=) are not supported (external data)</source>
        <translation>no se admiten ecuaciones de datos (:=) (datos externos)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>has no equation (data read from elsewhere is not supported)</source>
        <translation>no tiene ecuación (no se admiten datos leídos de otra parte)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the record does not start with a name</source>
        <translation>el registro no empieza con un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an equation (no &apos;=&apos;)</source>
        <translation>no es una ecuación (no hay &apos;=&apos;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected text after %1(...)</source>
        <translation>texto inesperado después de %1(...)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1( is never closed</source>
        <translation>%1( nunca se cierra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lookups read from files are not supported (external data)</source>
        <translation>no se admiten lookups leídos de archivos (datos externos)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the lookup&apos;s points cannot be read</source>
        <translation>los puntos del lookup no se pueden leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lookup has %1 points; at most %2 are read</source>
        <translation>el lookup tiene %1 puntos; se leen como máximo %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; must be a number or another time setting, not %2</source>
        <translation>&apos;%1&apos; debe ser un número u otro ajuste de tiempo, no %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the model does not set %1</source>
        <translation>el modelo no fija %1</translation>
    </message>
    <message>
        <location filename="../../storage/mdl/macros.py" line="+35"/>
        <source>a macro without a name</source>
        <translation>una macro sin nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the macro is never closed with :END OF MACRO:</source>
        <translation>la macro nunca se cierra con :END OF MACRO:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>macros with more than one output (after &apos;:&apos;) are not supported</source>
        <translation>no se admiten macros con más de una salida (después de &apos;:&apos;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, in the macro %2: %3</source>
        <translation>%1, en la macro %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lookups defined inside a macro are not supported</source>
        <translation>no se admiten lookups definidos dentro de una macro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the macro has no equation for &apos;%1&apos;, its output</source>
        <translation>la macro no tiene ecuación para &apos;%1&apos;, su salida</translation>
    </message>
    <message>
        <location filename="../../storage/mdl/subscripts.py" line="-56"/>
        <source>subscript ranges read from files are not supported (external data)</source>
        <translation>no se admiten rangos de subíndices leídos de archivos (datos externos)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an element of the range is empty</source>
        <translation>un elemento del rango está vacío</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the numbered range %1 should run upwards with one prefix, as (a1-a5)</source>
        <translation>el rango numerado %1 debería ir en aumento con un solo prefijo, como (a1-a5)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the &apos;[&apos; of the left-hand side is never closed</source>
        <translation>el &apos;[&apos; del lado izquierdo nunca se cierra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;:%1:&apos; definitions are not supported (data, reality checks)</source>
        <translation>no se admiten definiciones &apos;:%1:&apos; (datos, pruebas de realidad)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;=&apos; or a lookup after the subscripts</source>
        <translation>se esperaba &apos;=&apos; o un lookup después de los subíndices</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/functions.py" line="-85"/>
        <source>the order of %1 must be a whole number from 1 to %2</source>
        <translation>el orden de %1 debe ser un número entero de 1 a %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 of one argument works on arrays, which are not supported</source>
        <translation>%1 con un solo argumento opera sobre arreglos, que no se admiten</translation>
    </message>
    <message>
        <location filename="../../storage/xmile/modules.py" line="+104"/>
        <source>with its modules the model has more than %1 variables, the most a study may have</source>
        <translation>con sus módulos el modelo tiene más de %1 variables, el máximo que admite un estudio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a module defined in another file (%1) is not read; put its model in this file</source>
        <translation>un módulo definido en otro archivo (%1) no se lee; ponga su modelo en este archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has no &lt;model name=&quot;%1&quot;&gt; defining it</source>
        <translation>el archivo no tiene un &lt;model name=&quot;%1&quot;&gt; que lo defina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the module contains itself (%1)</source>
        <translation>el módulo se contiene a sí mismo (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>connects to &apos;%1&apos;, which the module does not have</source>
        <translation>se conecta a &apos;%1&apos;, que el módulo no tiene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connects &apos;%1&apos; from &apos;%2&apos;, which is not in the model</source>
        <translation>conecta &apos;%1&apos; desde &apos;%2&apos;, que no está en el modelo</translation>
    </message>
    <message>
        <location filename="../../storage/arrays/expand.py" line="+65"/>
        <source>&apos;%1&apos; is not a dimension or an element</source>
        <translation>&apos;%1&apos; no es una dimensión ni un elemento</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;*&apos; on &apos;%1&apos; at a place with no known dimension</source>
        <translation>&apos;*&apos; en &apos;%1&apos; en una posición sin dimensión conocida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; has no element %2</source>
        <translation>&apos;%1&apos; no tiene el elemento %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&apos;%1&apos; has dimensions (%2): name an element, as %1[%3], or take SUM(%1[*])</source>
        <translation>&apos;%1&apos; tiene dimensiones (%2): nombre un elemento, como %1[%3], o tome SUM(%1[*])</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; needs its subscripts written out</source>
        <translation>&apos;%1&apos; necesita sus subíndices escritos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 needs an array, such as x[*]</source>
        <translation>%1 necesita un arreglo, como x[*]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 over %2 elements; at most %3 are written out</source>
        <translation>%1 sobre %2 elementos; se escriben como máximo %3</translation>
    </message>
    <message>
        <location filename="../../storage/arrays/messages.py" line="+15"/>
        <source>&apos;%1&apos; is not a dimension or an element of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; no es una dimensión ni un elemento de &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its arrays expand to %1 variables (one per element); at most %2 are allowed, so the model is not imported</source>
        <translation>sus arreglos se expanden a %1 variables (una por elemento); se permiten como máximo %2, así que el modelo no se importa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the dimension &apos;%1&apos; is not one of the variable&apos;s own, so it can only appear inside SUM, PROD, MIN, MAX, MEAN or SIZE</source>
        <translation>la dimensión &apos;%1&apos; no es propia de la variable, así que solo puede aparecer dentro de SUM, PROD, MIN, MAX, MEAN o SIZE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; has %2 dimension(s) but is given %3 subscript(s)</source>
        <translation>&apos;%1&apos; tiene %2 dimensión(es) pero recibe %3 subíndice(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is subscripted but has no dimensions</source>
        <translation>&apos;%1&apos; lleva subíndices pero no tiene dimensiones</translation>
    </message>
    <message>
        <location filename="../../storage/arrays/parse.py" line="-21"/>
        <source>a subscript must be a dimension, an element, a number or *; subscript arithmetic is not supported</source>
        <translation>un subíndice debe ser una dimensión, un elemento, un número o *; no se admite aritmética de subíndices</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &apos;,&apos; or &apos;]&apos; to close the &apos;[&apos; at column %1 (subscript arithmetic is not supported)</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; para cerrar el &apos;[&apos; de la columna %1 (no se admite aritmética de subíndices)</translation>
    </message>
    <message>
        <location filename="../../storage/arrays/spec.py" line="+74"/>
        <source>&apos;%1&apos; in &apos;%2 &lt;-&gt; %1&apos; is not a subscript range</source>
        <translation>&apos;%1&apos; en &apos;%2 &lt;-&gt; %1&apos; no es un rango de subíndices</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the dimension &apos;%1&apos; brings the elements of all dimensions to %2; at most %3 are read</source>
        <translation>la dimensión &apos;%1&apos; lleva los elementos de todas las dimensiones a %2; se leen como máximo %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the dimension &apos;%1&apos; is defined twice (also line %2)</source>
        <translation>la dimensión &apos;%1&apos; está definida dos veces (también en la línea %2)</translation>
    </message>
    <message>
        <location filename="../../storage/atomic.py" line="+30"/>
        <source>nothing could be written to %1</source>
        <translation>no se pudo escribir nada en %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 cannot be written in %2 (%3)</source>
        <translation>%1 no se puede escribir en %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create a temporary file in %1</source>
        <translation>no se puede crear un archivo temporal en %1</translation>
    </message>
    <message>
        <location filename="../../storage/ensemble_results.py" line="+41"/>
        <source>--out writes Parquet, which needs pyarrow: install the &apos;cluster&apos; extra (pip install -e &quot;.[cluster]&quot;)</source>
        <translation>--out escribe Parquet, que necesita pyarrow: instale el extra &apos;cluster&apos; (pip install -e &quot;.[cluster]&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this is a file; --out takes a folder for the Parquet parts</source>
        <translation>%1: es un archivo; --out recibe una carpeta para las partes Parquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot be read (%2); choose another --out</source>
        <translation>%1: no se puede leer (%2); elija otro --out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds another ensemble (its %2 differ); choose another --out or delete that folder</source>
        <translation>%1 contiene otro conjunto (difieren sus %2); elija otro --out o borre esa carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder with other files in it; choose an empty or new --out</source>
        <translation>%1 es una carpeta con otros archivos; elija un --out vacío o nuevo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 chunks are not finished (first: %3)</source>
        <translation>%1: %2 bloques no están terminados (el primero: %3)</translation>
    </message>
</context>
<context>
    <name>ForesightReport</name>
    <message>
        <location filename="../../ui/foresight/report_section.py" line="+31"/>
        <source>How these scenarios were built</source>
        <translation>Cómo se construyeron estos escenarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Driving forces</source>
        <translation>Fuerzas impulsoras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated by the team for impact and uncertainty (1–5). %1 of %2 are critical uncertainties (both 4 or more).</source>
        <translation>Calificadas por el equipo según impacto e incertidumbre (1–5). %1 de %2 son incertidumbres críticas (ambos 4 o más).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Driver</source>
        <translation>Impulsor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves</source>
        <translation>Mueve</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The 2×2 matrix: %1</source>
        <translation>La matriz 2×2: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Axis</source>
        <translation>Eje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pole</source>
        <translation>Polo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assumption values</source>
        <translation>Valores de los supuestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not made yet</source>
        <translation>aún no creado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quadrant scenarios (children of %1):</source>
        <translation>Escenarios de los cuadrantes (hijos de %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadrant scenarios:</source>
        <translation>Escenarios de los cuadrantes:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 descriptors; %2 of %3 combinations are consistent (among those sampled) (no pair judged below 0). The most consistent:</source>
        <translation>%1 descriptores; %2 de %3 combinaciones son consistentes (entre las muestreadas) (ningún par juzgado por debajo de 0). Las más consistentes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 descriptors; %2 of %3 combinations are consistent (no pair judged below 0). The most consistent:</source>
        <translation>%1 descriptores; %2 de %3 combinaciones son consistentes (ningún par juzgado por debajo de 0). Las más consistentes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morphological box</source>
        <translation>Caja morfológica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Motivation</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Positions (−2…+2)</source>
        <translation>Posiciones (−2…+2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2 (%3)</source>
        <translation>%1 y %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most convergent: %1. Most divergent: %2.</source>
        <translation>Más convergentes: %1. Más divergentes: %2.</translation>
    </message>
</context>
<context>
    <name>ForesightWindow</name>
    <message>
        <location filename="../../ui/foresight/foresight_window.py" line="+25"/>
        <source>Foresight</source>
        <translation>Prospectiva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Drivers</source>
        <translation>&amp;Impulsores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2×2 &amp;matrix</source>
        <translation>&amp;Matriz 2×2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morphological &amp;box</source>
        <translation>&amp;Caja morfológica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actors</source>
        <translation>&amp;Actores</translation>
    </message>
</context>
<context>
    <name>HorizonTableDialog</name>
    <message>
        <location filename="../../ui/compare/horizon_table_dialog.py" line="+55"/>
        <source>Compare at horizons</source>
        <translation>Comparar en los horizontes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs %1</source>
        <translation>frente a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference</source>
        <translation>diferencia</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Each scenario at the table years; differences are from the reference, “%1”. Change the years under the value table.</source>
        <translation>Cada escenario en los años de la tabla; las diferencias son respecto de la referencia, «%1». Cambie los años debajo de la tabla de valores.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The study has no scenario yet.</source>
        <translation>El estudio aún no tiene escenarios.</translation>
    </message>
</context>
<context>
    <name>Horizons</name>
    <message>
        <location filename="../../ui/plots/time_marks.py" line="+28"/>
        <source>next 6 months</source>
        <translation>próx. 6 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5–10 years</source>
        <translation>5–10 años</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Horizon: %1 (%2–%3)</source>
        <translation>Horizonte: %1 (%2–%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>as of</source>
        <translation>base</translation>
    </message>
</context>
<context>
    <name>ImpactMap</name>
    <message>
        <location filename="../../ui/foresight/impact_map.py" line="+53"/>
        <source>Uncertainty (1 = well known, 5 = wide open)</source>
        <translation>Incertidumbre (1 = bien conocida, 5 = totalmente abierta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact (1 = minor, 5 = decisive)</source>
        <translation>Impacto (1 = menor, 5 = decisivo)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="+29"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already here</source>
        <translation>Ya está aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs from yours</source>
        <translation>Distinto del suyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name taken</source>
        <translation>Nombre en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comes with its parent</source>
        <translation>Llega con su padre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my model</source>
        <translation>Conservar mi modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the file&apos;s model</source>
        <translation>Usar el modelo del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the file as a separate study</source>
        <translation>Importar el archivo como un estudio aparte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” holds the study “%2”, which is not in your library yet.</source>
        <translation>«%1» contiene el estudio «%2», que todavía no está en su biblioteca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” holds a version of “%2”, which is in your library: %3 new, %4 already here, %5 differing from yours</source>
        <translation>«%1» contiene una versión de «%2», que ya está en su biblioteca: %3 nuevos, %4 ya presentes, %5 distintos de los suyos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 coming in with a parent that differs</source>
        <translation>, %1 que llegan con un escenario padre distinto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Nothing changes until you press Import; Undo takes the whole import back.</source>
        <translation>. Nada cambia hasta que presione Importar; Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Tracking: %1.</source>
        <translation> Seguimiento: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Foresight: %1.</source>
        <translation> Prospectiva: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Diagram: %1.</source>
        <translation> Diagrama: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What to do with %1</source>
        <translation>Qué hacer con %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What Import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import will:</source>
        <translation>La importación hará lo siguiente:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s model differs from yours in 1 way</source>
        <translation>El modelo del archivo difiere del suyo en 1 aspecto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The file&apos;s model differs from yours in %n ways</source>
        <translation>
            <numerusform>El modelo del archivo difiere del suyo en %n aspecto</numerusform>
            <numerusform>El modelo del archivo difiere del suyo en %n aspectos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their scenarios on their model, in a study of its own; your study stays as it is</source>
        <translation>Sus escenarios sobre su modelo, en un estudio aparte; su estudio queda como está</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its charts use the file&apos;s model; your study stays as it is.</source>
        <translation>Sus gráficos usan el modelo del archivo; su estudio queda como está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/sharing/import_flow.py" line="+36"/>
        <source>It could not be read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its model cannot be compiled:
%1</source>
        <translation>Su modelo no se puede compilar:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was not imported; nothing changed.</source>
        <translation>%1 no se importó; no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="-108"/>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_flow.py" line="+41"/>
        <source>Added the study “%1” from %2 (scenarios: %3).</source>
        <translation>Se agregó el estudio «%1» desde %2 (escenarios: %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not imported: %2.

Nothing already in your library was lost.</source>
        <translation>%1 no se importó: %2.

No se perdió nada de lo que ya estaba en su biblioteca.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../../storage/merge_plan.py" line="+71"/>
        <location line="+24"/>
        <source>new scenario</source>
        <translation>escenario nuevo</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>adds %1</source>
        <translation>agrega %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>already here as “%1”</source>
        <translation>ya está aquí como «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported before as “%1”</source>
        <translation>importado antes como «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yours (“%1”) differs: %2</source>
        <translation>el suyo («%1») difiere: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another scenario of yours has this name; it would come in renamed</source>
        <translation>otro escenario suyo tiene este nombre; entraría con otro nombre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>as yours, but its parent “%1” comes in beside yours, so it comes with it</source>
        <translation>igual al suyo, pero su padre «%1» entra junto al suyo, así que llega con él</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>event “%1”</source>
        <translation>evento «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>narrative</source>
        <translation>narrativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parent</source>
        <translation>padre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>detalles</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../storage/merge.py" line="+58"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added the new study &quot;%1&quot; with %2 scenario(s): %3.</source>
        <translation>Se agregó el nuevo estudio &quot;%1&quot; con %2 escenario(s): %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is already in your library; merged the file into it.</source>
        <translation>&quot;%1&quot; ya está en su biblioteca; se fusionó el archivo con él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; as &quot;%2&quot;</source>
        <translation>&quot;%1&quot; como &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added under a new name (the name was taken)</source>
        <translation>Agregados con otro nombre (el nombre estaba en uso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here, unchanged</source>
        <translation>Ya estaban, sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs from yours, so it came in beside yours</source>
        <translation>Difieren de los suyos, así que entraron junto a los suyos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced with the file&apos;s version</source>
        <translation>Reemplazados por la versión del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped, as you chose</source>
        <translation>Omitidos, como usted eligió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was replaced with the file&apos;s; it differed</source>
        <translation>El modelo se reemplazó por el del archivo; difería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your model was kept; the file&apos;s differs</source>
        <translation>Se conservó su modelo; el del archivo difiere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out (they refer to what the model does not have)</source>
        <translation>Dejados fuera (se refieren a lo que el modelo no tiene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking added</source>
        <translation>Seguimiento agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking: yours kept where the file differs</source>
        <translation>Seguimiento: se conservó el suyo donde el archivo difiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foresight added</source>
        <translation>Prospectiva agregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foresight: yours kept where the file differs</source>
        <translation>Prospectiva: se conservó la suya donde el archivo difiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../ui/sharing/importing.py" line="+13"/>
        <source>Import study file</source>
        <translation>Importar archivo de estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study files and models (*.json *.xmile *.stmx *.mdl);;All files (*)</source>
        <translation>Archivos de estudio y modelos (*.json *.xmile *.stmx *.mdl);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>IndicatorChooser</name>
    <message>
        <location filename="../../ui/panels/indicator_chooser.py" line="+28"/>
        <source>Indicators to chart</source>
        <translation>Indicadores que graficar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear all</source>
        <translation>Desmarcar todos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each ticked indicator gets a chart (Space ticks the highlighted one).</source>
        <translation>Cada indicador marcado tiene un gráfico (Espacio marca el resaltado).</translation>
    </message>
</context>
<context>
    <name>IndicatorPlot</name>
    <message>
        <location filename="../../ui/plots/indicator_plot.py" line="+257"/>
        <source>Event: %1, active from %2 to %3</source>
        <translation>Evento: %1, activo de %2 a %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&lt;div style=&apos;color:%1&apos;&gt;%2&lt;/div&gt;</source>
        <translation>&lt;div style=&apos;color:%1&apos;&gt;%2&lt;/div&gt;</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/qtmodels/indicator_table_model.py" line="+26"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
</context>
<context>
    <name>Install</name>
    <message>
        <location filename="../../ui/foresight/install.py" line="+15"/>
        <source>&amp;Drivers and their map…</source>
        <translation>&amp;Impulsores y su mapa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2×2 &amp;matrix…</source>
        <translation>&amp;Matriz 2×2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morphological &amp;box…</source>
        <translation>&amp;Caja morfológica…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Actors…</source>
        <translation>&amp;Actores…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;oresight</source>
        <translation>&amp;Prospectiva</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/i18n/menu.py" line="+27"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The interface will be in %1 the next time Prospectiva starts. Your work is saved as you go, so you can close and reopen it now.</source>
        <translation>La interfaz estará en %1 la próxima vez que inicie Prospectiva. Su trabajo se guarda a medida que avanza, así que puede cerrarla y volver a abrirla ahora.</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../../ui/plots/legend_bar.py" line="+41"/>
        <source>No scenario is shown: tick one in the scenario list.</source>
        <translation>No se muestra ningún escenario: marque uno en la lista de escenarios.</translation>
    </message>
</context>
<context>
    <name>LeverStrip</name>
    <message>
        <location filename="../../ui/workshop/lever_strip.py" line="+33"/>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle</source>
        <translation>medio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very high</source>
        <translation>muy alto</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>No levers chosen for this session.</source>
        <translation>No hay palancas elegidas para esta sesión.</translation>
    </message>
</context>
<context>
    <name>LibraryErrors</name>
    <message>
        <location filename="../../storage/connection.py" line="+35"/>
        <source>its folder %1 cannot be written</source>
        <translation>no se puede escribir en su carpeta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be written</source>
        <translation>no se puede escribir en el archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an empty file (0 bytes), not a Prospectiva library. It was left untouched; delete it or move it away to start a new library there, or choose another file.</source>
        <translation>%1 es un archivo vacío (0 bytes), no una biblioteca de Prospectiva. No se modificó; bórrelo o muévalo para crear allí una biblioteca nueva, o elija otro archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read (%2); choose another library file.</source>
        <translation>%1 no se puede leer (%2); elija otro archivo de biblioteca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Prospectiva library: it is not a SQLite database at all. It was left untouched; choose another file, or move this one away to start a new library there.</source>
        <translation>%1 no es una biblioteca de Prospectiva: ni siquiera es una base de datos SQLite. No se modificó; elija otro archivo, o mueva este para crear allí una biblioteca nueva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the database of another application (application id %2), not a Prospectiva library. It was left untouched; choose another file.</source>
        <translation>%1 es la base de datos de otra aplicación (id de aplicación %2), no una biblioteca de Prospectiva. No se modificó; elija otro archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a SQLite database of another application, not a Prospectiva library. It was left untouched; choose another file.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación, no una biblioteca de Prospectiva. No se modificó; elija otro archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no schema revision</source>
        <translation>no tiene revisión de esquema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was made by a newer Prospectiva (library schema %2). It was left untouched; update Prospectiva to open it.</source>
        <translation>%1 fue creada por un Prospectiva más reciente (esquema de biblioteca %2). No se modificó; actualice Prospectiva para abrirla.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is a damaged library (%2). It was left untouched; restore a backup (the newest beside it is %3) or move it away to start a new library.</source>
        <translation>%1 es una biblioteca dañada (%2). No se modificó; restaure una copia de seguridad (la más reciente a su lado es %3) o muévala para empezar una biblioteca nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a damaged library (%2). It was left untouched; there is no backup beside it: restore one of your own, or move it away to start a new library.</source>
        <translation>%1 es una biblioteca dañada (%2). No se modificó; no hay copia de seguridad a su lado: restaure una propia, o muévala para empezar una biblioteca nueva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is open in another Prospectiva window or program. Close it there first, or choose another library file.</source>
        <translation>%1 está abierta en otra ventana de Prospectiva o en otro programa. Ciérrela allí primero, o elija otro archivo de biblioteca.</translation>
    </message>
    <message>
        <location filename="../../storage/migrations/__init__.py" line="+95"/>
        <source>Upgrading %1 would leave %2 rows pointing at missing rows (first in table %3); the library was left as it was.</source>
        <translation>Actualizar %1 dejaría %2 filas que apuntan a filas inexistentes (la primera en la tabla %3); la biblioteca quedó como estaba.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not upgrade %1: %2. The library was left as it was.</source>
        <translation>No se pudo actualizar %1: %2. La biblioteca quedó como estaba.</translation>
    </message>
    <message>
        <location filename="../../storage/migrations/snapshot.py" line="+29"/>
        <source>Could not create the library %1: %2.</source>
        <translation>No se pudo crear la biblioteca %1: %2.</translation>
    </message>
    <message>
        <location filename="../../storage/repository.py" line="+79"/>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A library cannot be made at %1: %2. Choose a folder you can write.</source>
        <translation>No se puede crear una biblioteca en %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only (%2) and must first be set up by this version of Prospectiva. It was left untouched; copy it to a folder you can write and open the copy.</source>
        <translation>%1 es de solo lectura (%2) y primero debe prepararla esta versión de Prospectiva. No se modificó; cópiela a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is read-only (%2) and must first be upgraded by this version of Prospectiva. It was left untouched; copy it to a folder you can write and open the copy.</source>
        <translation>%1 es de solo lectura (%2) y primero debe actualizarla esta versión de Prospectiva. No se modificó; cópiela a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is read-only (%2): nothing was changed. Copy it to a folder you can write and open the copy to make changes.</source>
        <translation>%1 es de solo lectura (%2): no se cambió nada. Cópiela a una carpeta en la que pueda escribir y abra la copia para hacer cambios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not use the library %1: %2</source>
        <translation>No se pudo usar la biblioteca %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no study with id %1 in %2.</source>
        <translation>No hay ningún estudio con id %1 en %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not save &apos;%1&apos;: %2. The stored version was kept.</source>
        <translation>No se pudo guardar &apos;%1&apos;: %2. Se conservó la versión guardada.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../ui/workshop/log_panel.py" line="+39"/>
        <source>Session log</source>
        <translation>Registro de la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>&amp;Replay</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>◀ &amp;Back</source>
        <translation>◀ A&amp;trás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward ▶</source>
        <translation>A&amp;delante ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay shows a step&apos;s state on the room&apos;s screen; Up and Down step through the log.</source>
        <translation>La reproducción muestra el estado de un paso en la pantalla de la sala; Arriba y Abajo recorren el registro.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The model does not compile now, so the session cannot be replayed.</source>
        <translation>El modelo no compila ahora, así que la sesión no se puede reproducir.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Back to &amp;live</source>
        <translation>Volver a &amp;en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the replay: the room sees the session as it is now</source>
        <translation>Salir de la reproducción: la sala ve la sesión tal como está ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the highlighted step&apos;s state on the room&apos;s screen; the study is not changed</source>
        <translation>Mostrar el estado del paso resaltado en la pantalla de la sala; el estudio no cambia</translation>
    </message>
</context>
<context>
    <name>LoopList</name>
    <message>
        <location filename="../../ui/diagram/loop_list.py" line="+29"/>
        <source>Feedback loops</source>
        <translation>Bucles de retroalimentación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reinforcing</source>
        <translation>de refuerzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>balancing</source>
        <translation>de equilibrio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>polarity unknown</source>
        <translation>polaridad desconocida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[a sign found numerically]</source>
        <translation>[un signo hallado numéricamente]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(numeric)</source>
        <translation>(numérico)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} loops: {1} reinforcing, {2} balancing</source>
        <translation>{0} bucles: {1} de refuerzo, {2} de equilibrio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} of unknown polarity</source>
        <translation>, {0} de polaridad desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the search stopped here; the model has more loops</source>
        <translation> — la búsqueda se detuvo aquí; el modelo tiene más bucles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback loops.</source>
        <translation>No hay bucles de retroalimentación.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+90"/>
        <source>This library has no study yet. Use File ▸ Import study file… to add one.</source>
        <translation>Esta biblioteca todavía no tiene estudios. Use Archivo ▸ Importar archivo de estudio… para agregar uno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Study:</source>
        <translation>E&amp;studio:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/window_menus.py" line="+62"/>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indicadores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which indicators get a chart (Ctrl+I)</source>
        <translation>Elegir qué indicadores tienen un gráfico (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="-24"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import study file…</source>
        <translation>&amp;Importar archivo de estudio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;cenario</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+95"/>
        <source>Open the other study anyway</source>
        <translation>Abrir el otro estudio de todos modos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 — Prospectiva</source>
        <translation>%1 — Prospectiva</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>(%n more scenario(s) have a colour like that.)</source>
        <translation>
            <numerusform>(%n escenario más tiene un color así.)</numerusform>
            <numerusform>(%n escenarios más tienen un color así.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved – retrying in %1 s: %2</source>
        <translation>No guardado – se reintenta en %1 s: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>MakeScenario</name>
    <message>
        <location filename="../../ui/explore/make_scenario.py" line="+28"/>
        <source>Where %1</source>
        <comment>a scenario&apos;s name: where the question holds</comment>
        <translation>Donde %1</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../../ui/tracking/markers.py" line="-76"/>
        <source>Actual, %1: %2</source>
        <translation>Dato observado, %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not given</source>
        <translation>no indicada</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/foresight/matrix_view.py" line="+71"/>
        <source>Headline indicator</source>
        <translation>Indicador principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make the four scenarios</source>
        <translation>&amp;Crear los cuatro escenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make (or bring up to date) one scenario per quadrant, children of the reference</source>
        <translation>Crear (o actualizar) un escenario por cuadrante, hijos de la referencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Driver of axis %1</source>
        <translation>Impulsor del eje %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;up</source>
        <translation>&amp;Configurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new matrix on these two drivers, poles at their assumptions&apos; low and high ends</source>
        <translation>Crear una matriz nueva con estos dos impulsores, con los polos en los extremos bajo y alto de sus supuestos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Axes:</source>
        <translation>Ejes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headline:</source>
        <translation>Principal:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This study has no matrix yet: choose two critical uncertainties and give each two poles.</source>
        <translation>Este estudio aún no tiene matriz: elija dos incertidumbres críticas y dé a cada una dos polos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashed: the reference, %1.</source>
        <translation>Punteado: la referencia, %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose two different drivers for the axes.</source>
        <translation>Elija dos impulsores distintos para los ejes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set up the 2×2 matrix</source>
        <translation>Configurar la matriz 2×2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Label of pole %1 of axis %2</source>
        <translation>Etiqueta del polo %1 del eje %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a reference scenario first: the quadrants branch from it.</source>
        <translation>Elija primero un escenario de referencia: los cuadrantes se derivan de él.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not made yet: use “Make the four scenarios”.</source>
        <translation>Aún no creado: use «Crear los cuatro escenarios».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No results yet.</source>
        <translation>Aún no hay resultados.</translation>
    </message>
</context>
<context>
    <name>MeasuredEffects</name>
    <message>
        <location filename="../../ui/foresight/measured_effects.py" line="+49"/>
        <source>Model&apos;s &amp;effect on</source>
        <translation>&amp;Efecto del modelo sobre</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Turn Uncertainty on in the main window to measure each driver&apos;s effect</source>
        <translation>Active Incertidumbre en la ventana principal para medir el efecto de cada impulsor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Measuring each driver&apos;s effect…</source>
        <translation>Midiendo el efecto de cada impulsor…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The effects could not be measured: %1</source>
        <translation>No se pudieron medir los efectos: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No driver moves an assumption with an uncertainty distribution: link drivers to uncertain assumptions to compare.</source>
        <translation>Ningún impulsor mueve un supuesto con distribución de incertidumbre: vincule impulsores a supuestos inciertos para comparar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>◇ = the model: %1 of %2 drivers measured on %3 in %4, “%5” (swing 10th–90th percentile; the largest is 5)</source>
        <translation>◇ = el modelo: %1 de %2 impulsores medidos sobre %3 en %4, “%5” (oscilación percentil 10–90; la mayor es 5)</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <location filename="../../ui/editor/model_editor.py" line="+153"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Model editor</source>
        <translation>&amp;Editor del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
</context>
<context>
    <name>ModelStatus</name>
    <message>
        <location filename="../../ui/editor/model_status.py" line="+19"/>
        <source>⚠ The model does not compile, so the charts show the last good results. See Problems below.</source>
        <translation>⚠ El modelo no compila, así que los gráficos muestran los últimos resultados válidos. Vea Problemas abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ The model does not compile, so there are no results to chart yet: the charts stay empty until the problems below are fixed.</source>
        <translation>⚠ El modelo no compila, así que aún no hay resultados que graficar: los gráficos quedan vacíos hasta que se corrijan los problemas de abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Some values are undefined or infinite (for example a division by zero); they are marked × and left out of the lines.</source>
        <translation>⚠ Algunos valores están indefinidos o son infinitos (por ejemplo, una división por cero); se marcan con × y quedan fuera de las líneas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>OpeningFailure</name>
    <message>
        <location filename="../../ui/recovery/unopened.py" line="+17"/>
        <source>reading it from the library</source>
        <translation>al leerlo de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparing it</source>
        <translation>al prepararlo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>drawing it</source>
        <translation>al dibujarlo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ %1 (could not be opened)</source>
        <translation>⚠ %1 (no se pudo abrir)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;“%1” could not be opened&lt;/b&gt; (while %2).</source>
        <translation>&lt;b&gt;No se pudo abrir «%1»&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What went wrong: %1</source>
        <translation>Qué salió mal: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy: File ▸ Export ▸ Study file (all scenarios)…</source>
        <translation>Guarde una copia: Archivo ▸ Exportar ▸ Archivo de estudio (todos los escenarios)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix it in Model ▸ Model editor (Ctrl+E), then press “Open it again”.</source>
        <translation>Corríjalo en Modelo ▸ Editor del modelo (Ctrl+E) y luego presione «Abrirlo de nuevo».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or remove it: File ▸ Delete study…</source>
        <translation>O elimínelo: Archivo ▸ Eliminar estudio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It could not be read from the library, so it cannot be exported or edited.</source>
        <translation>No se pudo leer de la biblioteca, así que no se puede exportar ni editar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Remove it with File ▸ Delete study…, or choose another study in the Study list.</source>
        <translation>Elimínelo con Archivo ▸ Eliminar estudio…, o elija otro estudio en la lista Estudio.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep a copy from the command line: python main.py export %1 --out FILE.json</source>
        <translation>Guarde una copia desde la línea de comandos: python main.py export %1 --out ARCHIVO.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ “%1” could not be opened: %2. See Problems below for what you can do.</source>
        <translation>⚠ No se pudo abrir «%1»: %2. Vea en Problemas, abajo, qué puede hacer.</translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <location filename="../../ui/editor/path_editor.py" line="+118"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Drag a point (it snaps to the time steps), double-click to add one, Delete removes the selected one.</source>
        <translation>Arrastre un punto (se ajusta a los pasos de tiempo), haga doble clic para agregar uno; Supr quita el seleccionado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No time path: the value holds in every year. Double-click the plot to add a first point.</source>
        <translation>Sin trayectoria temporal: el valor se mantiene todos los años. Haga doble clic en el gráfico para agregar un primer punto.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>“%1” in row %2 is not a number; the point keeps its old value.</source>
        <translation>«%1» en la fila %2 no es un número; el punto conserva su valor anterior.</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../ui/workshop/presentation_view.py" line="+40"/>
        <source>F9 capture   ·   Ctrl+Z undo   ·   F freeze   ·   M matrix   ·   G diagram   ·   Esc leave</source>
        <translation>F9 capturar   ·   Ctrl+Z deshacer   ·   F congelar   ·   M matriz   ·   G diagrama   ·   Esc salir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prospectiva — presentation</source>
        <translation>Prospectiva — presentación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Horizons: %1</source>
        <translation>Horizontes: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Exploring: %1</source>
        <translation>Explorando: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay: step %1 of %2, %3</source>
        <translation>Reproducción: paso %1 de %2, %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Pick a quadrant first: keys 1–4.</source>
        <translation>Elija primero un cuadrante: teclas 1–4.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/editor/problems_panel.py" line="+29"/>
        <source>&amp;Open it again</source>
        <translation>&amp;Abrirlo de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to open the study again, after fixing it</source>
        <translation>Intentar abrir el estudio de nuevo, después de corregirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model problems</source>
        <translation>Problemas del modelo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Units: %1</source>
        <translation>Unidades: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;The model does not compile: %n problem(s).&lt;/b&gt; The charts keep the last good results until it is fixed.</source>
        <translation>
            <numerusform>&lt;b&gt;El modelo no compila: %n problema.&lt;/b&gt; Los gráficos conservan los últimos resultados válidos hasta que se corrija.</numerusform>
            <numerusform>&lt;b&gt;El modelo no compila: %n problemas.&lt;/b&gt; Los gráficos conservan los últimos resultados válidos hasta que se corrijan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The model compiles, with %n unit warning(s).</source>
        <translation>
            <numerusform>El modelo compila, con %n advertencia de unidades.</numerusform>
            <numerusform>El modelo compila, con %n advertencias de unidades.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: the model compiles.</source>
        <translation>Sin problemas: el modelo compila.</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../ui/workshop/proposal_table.py" line="+54"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../ui/workshop/proposal_model.py" line="+17"/>
        <source>Plausible</source>
        <translation>Plausible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desirable</source>
        <translation>Deseable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Type a one-line note</source>
        <translation>Escriba una nota de una línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: how many in the room (type a number)</source>
        <translation>%1: cuántos en la sala (escriba un número)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/compare/report.py" line="+97"/>
        <source>%1px</source>
        <translation>%1px</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (reference)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario brief as of %1 (exported %2).</source>
        <translation>Informe de escenarios con fecha base %1 (exportado el %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizons</source>
        <translation>Horizontes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts show each scenario as a solid line and the reference as a dashed grey line.</source>
        <translation>Los gráficos muestran cada escenario como una línea continua y la referencia como una línea gris punteada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No narrative written.</source>
        <translation>Sin narrativa escrita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inputs that differ from %1</source>
        <translation>Insumos que difieren de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Input</source>
        <translation>Insumo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: it sets every input as the reference does.</source>
        <translation>Ninguno: define todos los insumos como la referencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the reference the other scenarios are compared with.</source>
        <translation>Esta es la referencia con la que se comparan los demás escenarios.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At the horizons</source>
        <translation>En los horizontes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below each value: its difference from %1.</source>
        <translation>Debajo de cada valor: su diferencia con %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the brief could not be drawn as a PDF for %1</source>
        <translation>no se pudo generar el informe en PDF para %1</translation>
    </message>
</context>
<context>
    <name>RoomMatrix</name>
    <message>
        <location filename="../../ui/workshop/room_matrix.py" line="+178"/>
        <source>This study has no 2×2 matrix yet: set one up in Foresight ▸ 2×2 matrix.</source>
        <translation>Este estudio aún no tiene matriz 2×2: configúrela en Prospectiva ▸ Matriz 2×2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not made yet: Foresight ▸ 2×2 matrix ▸ Make the four scenarios.</source>
        <translation>Aún no creados: Prospectiva ▸ Matriz 2×2 ▸ Crear los cuatro escenarios.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1–4 pick a quadrant · F9 captures a variant of it · M back to the charts</source>
        <translation>1–4 eligen un cuadrante · F9 captura una variante · M vuelve a los gráficos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No results yet.</source>
        <translation>Aún no hay resultados.</translation>
    </message>
</context>
<context>
    <name>SafeMarkdown</name>
    <message>
        <location filename="../../ui/compare/safe_markdown.py" line="+52"/>
        <source>image: %1</source>
        <translation>imagen: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message numerus="yes">
        <location filename="../../ui/qtmodels/scenario_list_model.py" line="+111"/>
        <source>%n own assumption value(s)</source>
        <translation>
            <numerusform>%n valor de supuesto propio</numerusform>
            <numerusform>%n valores de supuesto propios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branched from &apos;%1&apos;</source>
        <translation>derivado de &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="+70"/>
        <location line="+23"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Tick to show on the charts; select to edit its assumptions</source>
        <translation>Marque para mostrarlo en los gráficos; selecciónelo para editar sus supuestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Nuevo escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a blank scenario</source>
        <translation>Agregar un escenario en blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch</source>
        <translation>Deri&amp;var</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a child that inherits the selected scenario</source>
        <translation>Agregar un escenario hijo que hereda del escenario seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected scenario</source>
        <translation>Copiar el escenario seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the selected scenario</source>
        <translation>Renombrar el escenario seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected scenario&apos;s colour</source>
        <translation>Cambiar el color del escenario seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected scenario (undoable)</source>
        <translation>Eliminar el escenario seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – what if</source>
        <translation>%1 – y si</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Colour of &apos;%1&apos;</source>
        <translation>Color de &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SessionChooser</name>
    <message>
        <location filename="../../ui/workshop/session_chooser.py" line="+30"/>
        <source>Levers and charts for the room</source>
        <translation>Palancas y gráficos para la sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levers</source>
        <translation>Palancas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Levers the room may move (up to %1):</source>
        <translation>&amp;Palancas que la sala puede mover (hasta %1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Charts shown (%1 to %2):</source>
        <translation>&amp;Gráficos mostrados (de %1 a %2):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tick one to %1 levers (now %2).</source>
        <translation>Marque de una a %1 palancas (ahora %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick %1 to %2 charts (now %3).</source>
        <translation>Marque de %1 a %2 gráficos (ahora %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 levers and %2 charts; remembered for this study&apos;s next sessions.</source>
        <translation>%1 palancas y %2 gráficos; se recuerdan para las próximas sesiones de este estudio.</translation>
    </message>
</context>
<context>
    <name>SignpostDialog</name>
    <message>
        <location filename="../../ui/tracking/signpost_dialog.py" line="+30"/>
        <source>Signpost</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>above a threshold</source>
        <translation>por encima de un umbral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below a threshold</source>
        <translation>por debajo de un umbral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rising for periods in a row</source>
        <translation>subiendo varios periodos seguidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>falling for periods in a row</source>
        <translation>bajando varios periodos seguidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside a scenario&apos;s 90 % band</source>
        <translation>fuera de la banda del 90 % de un escenario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Triggers when an observation falls outside this scenario&apos;s 90 % Monte Carlo band (below its 5th or above its 95th percentile); needs uncertainty on</source>
        <translation>Se activa cuando una observación cae fuera de la banda Monte Carlo del 90 % de este escenario (bajo su percentil 5 o sobre su percentil 95); requiere la incertidumbre activada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variable:</source>
        <translation>&amp;Variable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Condition:</source>
        <translation>&amp;Condición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;periods in a row:</source>
        <translation>Durante &amp;periodos seguidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Band of:</source>
        <translation>&amp;Banda de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points &amp;to:</source>
        <translation>&amp;Apunta a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
</context>
<context>
    <name>Signposts</name>
    <message>
        <location filename="../../models/tracking/observations.py" line="+47"/>
        <source>outside a scenario&apos;s 90 % band</source>
        <translation>fuera de la banda del 90 % de un escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside %1&apos;s 90 % band</source>
        <translation>fuera de la banda del 90 % de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above %1</source>
        <translation>por encima de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below %1</source>
        <translation>por debajo de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rising for 1 period</source>
        <translation>subiendo durante 1 periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rising for %1 periods</source>
        <translation>subiendo durante %1 periodos seguidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>falling for 1 period</source>
        <translation>bajando durante 1 periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>falling for %1 periods</source>
        <translation>bajando durante %1 periodos seguidos</translation>
    </message>
</context>
<context>
    <name>SpreadTableModel</name>
    <message>
        <location filename="../../ui/workshop/spread_model.py" line="+15"/>
        <source>Lever</source>
        <translation>Palanca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Mín</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n proposal(s) set %1 themselves</source>
        <translation>
            <numerusform>%n propuesta define %1 por sí misma</numerusform>
            <numerusform>%n propuestas definen %1 por sí mismas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyDatesForm</name>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="+35"/>
        <source>not set: %1 (the axis start)</source>
        <translation>sin definir: %1 (el inicio del eje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Fecha base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set: %1</source>
        <translation>sin definir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table times</source>
        <translation>Tiempos de la tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <comment>horizon start</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <comment>horizon end</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add horizon</source>
        <translation>Agregar horizonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove horizon</source>
        <translation>Quitar horizonte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;As of:</source>
        <translation>Fecha &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &amp;times:</source>
        <translation>&amp;Tiempos de la tabla:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>new horizon</source>
        <translation>nuevo horizonte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>As of: %1.</source>
        <translation>Fecha base: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table times: %1.</source>
        <translation>Tiempos de la tabla: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Horizon %1: %2.</source>
        <translation>Horizonte %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon %1 needs a name.</source>
        <translation>El horizonte %1 necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon “%1” must end after it starts.</source>
        <translation>El horizonte «%1» debe terminar después de empezar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of (%1) is outside the time axis (%2–%3).</source>
        <translation>La fecha base (%1) está fuera del eje temporal (%2–%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table time (%1) is outside the time axis (%2–%3).</source>
        <translation>Un tiempo de la tabla (%1) está fuera del eje temporal (%2–%3).</translation>
    </message>
</context>
<context>
    <name>StudyMenu</name>
    <message>
        <location filename="../../ui/editor/study_menu.py" line="+29"/>
        <source>&amp;New study…</source>
        <translation>&amp;Nuevo estudio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New c&amp;opy of this study…</source>
        <translation>Nueva c&amp;opia de este estudio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;settings…</source>
        <translation>&amp;Configuración del estudio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete study…</source>
        <translation>&amp;Eliminar estudio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo delete of study</source>
        <translation>Deshacer la eliminación del estudio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A library keeps at least one study: create another first.</source>
        <translation>Una biblioteca conserva al menos un estudio: cree otro primero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled study</source>
        <translation>Estudio sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New study</source>
        <translation>Nuevo estudio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the new study:</source>
        <translation>Título del nuevo estudio:</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Delete the study “%1” with its %n scenario(s)?

File ▸ Undo delete brings it back while this window stays open.</source>
        <translation>
            <numerusform>¿Eliminar el estudio «%1» con su %n escenario?

Archivo ▸ Deshacer la eliminación lo recupera mientras esta ventana siga abierta.</numerusform>
            <numerusform>¿Eliminar el estudio «%1» con sus %n escenarios?

Archivo ▸ Deshacer la eliminación lo recupera mientras esta ventana siga abierta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the study “%1”?

It could not be read, so this cannot be undone.</source>
        <translation>¿Eliminar el estudio «%1»?

No se pudo leer, así que esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete study</source>
        <translation>Eliminar estudio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleted “%1”. File ▸ Undo delete brings it back.</source>
        <translation>Se eliminó «%1». Archivo ▸ Deshacer la eliminación lo recupera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Undo delete of “%1”</source>
        <translation>&amp;Deshacer la eliminación de «%1»</translation>
    </message>
</context>
<context>
    <name>StudySettingsDialog</name>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="+32"/>
        <source>Study settings</source>
        <translation>Configuración del estudio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this study is about, in Markdown: *emphasis*, lists, links…</source>
        <translation>De qué trata este estudio, en Markdown: *énfasis*, listas, enlaces…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>from</source>
        <comment>time axis start</comment>
        <translation>desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <comment>time axis end</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <comment>time axis step</comment>
        <translation>cada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown on the left, as it will read on the right.</source>
        <translation>Markdown a la izquierda; a la derecha, tal como se leerá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Time axis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eje temporal&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Dates&lt;/b&gt; (in the axis&apos;s units; they never follow the computer&apos;s clock)</source>
        <translation>&lt;b&gt;Fechas&lt;/b&gt; (en las unidades del eje; nunca siguen el reloj de la computadora)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>*No description yet.*</source>
        <translation>*Aún no hay descripción.*</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The study needs a title.</source>
        <translation>El estudio necesita un título.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time axis must end after it starts (it starts at %1 and ends at %2).</source>
        <translation>El eje temporal debe terminar después de empezar (empieza en %1 y termina en %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time axis has %1 points; at most %2 keep projections quick. Use a larger step.</source>
        <translation>El eje temporal tiene %1 puntos; con %2 como máximo las proyecciones siguen siendo rápidas. Use un paso mayor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These path points fall outside the new time axis. They are kept, but no chart or table will show their years:</source>
        <translation>Estos puntos de trayectoria quedan fuera del nuevo eje temporal. Se conservan, pero ningún gráfico ni tabla mostrará sus años:</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../ui/panels/table_panel.py" line="+79"/>
        <source>e.g. 2027.5, 2031, 2035</source>
        <translation>p. ej. 2027.5, 2031, 2035</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years shown as columns, separated by commas</source>
        <translation>Años mostrados como columnas, separados por comas (un año decimal con punto: 2027.5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Years:</source>
        <translation>&amp;Años:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Values at chosen years&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valores en los años elegidos&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Times must lie from %1 to %2 and read as a year, a quarter (Q2 2031) or a number.</source>
        <translation>Los tiempos deben estar entre %1 y %2 y leerse como un año, un trimestre (T2 2031) o un número.</translation>
    </message>
</context>
<context>
    <name>TornadoDialog</name>
    <message>
        <location filename="../../ui/uncertainty/tornado_dialog.py" line="+29"/>
        <source>Each bar moves one uncertain input from its 10th to its 90th percentile (blue: 10th, orange: 90th) while every other input keeps its value in this scenario; the line marks the value with every input at its value. Longer bars matter more. ⚠ marks an input whose effect turns back inside its range, so the bar understates it. Inputs are swung one at a time: effects that only appear when several inputs move together are not shown, and events happen only where the scenario switches them on.</source>
        <translation>Cada barra mueve un insumo incierto de su percentil 10 a su percentil 90 (azul: 10, naranja: 90) mientras los demás insumos conservan su valor en este escenario; la línea marca el valor con todos los insumos en su valor. Las barras más largas importan más. ⚠ marca un insumo cuyo efecto se revierte dentro de su rango, así que la barra lo subestima. Los insumos se mueven de a uno: no se muestran los efectos que solo aparecen cuando varios insumos se mueven juntos, y los eventos ocurren solo donde el escenario los activa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What moves this indicator most</source>
        <translation>Qué mueve más a este indicador</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time:</source>
        <translation>&amp;Tiempo:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computing the swings…</source>
        <translation>Calculando las oscilaciones…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model does not compile, so there is nothing to swing. See Problems.</source>
        <translation>El modelo no compila, así que no hay nada que hacer oscilar. Vea Problemas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The swings could not be computed: %1</source>
        <translation>No se pudieron calcular las oscilaciones: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No input of this study has an uncertainty distribution: give one to an assumption to see what it moves.</source>
        <translation>Ningún insumo de este estudio tiene una distribución de incertidumbre: asigne una a un supuesto para ver qué mueve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, “%3”: %4%5 with every input at its value.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2, «%3»: %4%5 con todos los insumos en su valor.</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <location filename="../../models/tracking/report.py" line="+38"/>
        <source>%1 from %2</source>
        <translation>%1 según %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, above the band</source>
        <translation>%1, por encima de la banda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, below the band</source>
        <translation>%1, por debajo de la banda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>triggered at %1 (%2)</source>
        <translation>activada en %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watching (latest %1 at %2); needs the scenario&apos;s Monte Carlo band to tell</source>
        <translation>en observación (último dato %1 en %2); hace falta la banda Monte Carlo del escenario para decidir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>watching (latest %1 at %2)</source>
        <translation>en observación (último dato %1 en %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not seen</source>
        <translation>no vista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>watching</source>
        <translation>en observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>triggered</source>
        <translation>activada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracking &quot;%1&quot; against 1 actual</source>
        <translation>Seguimiento de &quot;%1&quot; frente a 1 dato observado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &quot;%1&quot; against %2 actuals</source>
        <translation>Seguimiento de &quot;%1&quot; frente a %2 datos observados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no actual can be compared with the projections yet</source>
        <translation>todavía ningún dato observado se puede comparar con las proyecciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(1 observation)</source>
        <translation>(1 observación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1 observations)</source>
        <translation>(%1 observaciones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2  error %3  %4</source>
        <translation>%1. %2  error %3  %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(error: root mean square of actual − projection, each divided by how far apart the scenarios are for that variable; 0 is a perfect match)</source>
        <translation>(error: raíz de la media de los cuadrados de dato observado − proyección, cada diferencia dividida por la separación entre los escenarios en esa variable; 0 es una coincidencia perfecta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weighs most:</source>
        <translation>Lo que más pesa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2 = %3: nearest %4</source>
        <translation>%1 en %2 = %3: más cerca de %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not used: %1 at %2 (%3)</source>
        <translation>no se usa: %1 en %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signposts:</source>
        <translation>Señales:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signposts: none</source>
        <translation>Señales: ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no scenario</source>
        <translation>ningún escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; owner %2</source>
        <translation>%1; responsable: %2</translation>
    </message>
    <message>
        <location filename="../../models/tracking/scores.py" line="+80"/>
        <source>outside the time axis</source>
        <translation>fuera del eje de tiempo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no projection of &apos;%1&apos;</source>
        <translation>no hay proyección de &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>TrackingMode</name>
    <message>
        <location filename="../../ui/tracking/install.py" line="+32"/>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tracking</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which scenario is unfolding: actuals, signposts and the ranking</source>
        <translation>Qué escenario se está desplegando: datos observados, señales y la clasificación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start from the latest &amp;actuals</source>
        <translation>Partir de los últimos &amp;datos observados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a child of the selected scenario whose stocks start again at their latest observed values, so its projection continues from what happened</source>
        <translation>Agregar un hijo del escenario elegido cuyos stocks parten de nuevo de sus últimos valores observados, para que su proyección continúe desde lo ocurrido</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+9"/>
        <source>Start from the latest actuals</source>
        <translation>Partir de los últimos datos observados</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Select a scenario first.</source>
        <translation>Elija primero un escenario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stock has an observation yet (only stocks accumulate, so only they can start again from a figure).</source>
        <translation>Ningún stock tiene aún una observación (solo los stocks acumulan, así que solo ellos pueden partir de nuevo de una cifra).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observations after the study&apos;s as-of date are left aside.</source>
        <translation>Las observaciones posteriores a la fecha base del estudio se dejan de lado.</translation>
    </message>
</context>
<context>
    <name>TrackingPanel</name>
    <message>
        <location filename="../../ui/tracking/tracking_panel.py" line="+32"/>
        <source>Error: how far each scenario&apos;s projection is from the actuals, each difference divided by how far apart the scenarios are for that variable (so units do not matter); 0 is a perfect match.</source>
        <translation>Error: qué tan lejos está la proyección de cada escenario de los datos observados, cada diferencia dividida por la separación entre los escenarios en esa variable (así las unidades no importan); 0 es una coincidencia perfecta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not seen</source>
        <translation>no vista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>watching</source>
        <translation>en observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>triggered</source>
        <translation>activada</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actuals run</source>
        <translation>Datos vs. proyección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In band</source>
        <translation>En banda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many actuals were compared</source>
        <translation>Cuántos datos observados se compararon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the actuals fall inside the scenario&apos;s 90 % Monte Carlo band (shown while uncertainty is on)</source>
        <translation>Cuántos datos observados caen dentro de la banda Monte Carlo del 90 % del escenario (se muestra con la incertidumbre activada)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start from the latest actuals</source>
        <translation>Partir de los últimos datos observados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a child of the selected scenario whose stocks start again at their latest observed values (undoable)</source>
        <translation>Agregar un hijo del escenario elegido cuyos stocks parten de nuevo de sus últimos valores observados (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signpost</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watches</source>
        <translation>Vigila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points to</source>
        <translation>Apunta a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signposts</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actuals</source>
        <translation>Datos observados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a signpost to see what it watches and why.</source>
        <translation>Seleccione una señal para ver qué vigila y por qué.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root mean square of the scaled differences over %1 actuals</source>
        <translation>Raíz del error cuadrático medio de las diferencias escaladas sobre %1 datos observados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on track</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean scaled difference %1</source>
        <translation>Diferencia escalada media %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actuals inside this scenario&apos;s 90 % band, of those with a band</source>
        <translation>Datos observados dentro de la banda del 90 % de este escenario, de los que tienen banda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actual can be compared with the projections yet: add some in the Actuals tab.</source>
        <translation>Aún no hay datos observados que comparar con las proyecciones: agregue algunos en la pestaña Datos observados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 = %3 (nearest %4)</source>
        <translation>%1 %2 = %3 (más cercano: %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Weighs most:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pesa más:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actuals do not tell the scenarios apart yet.</source>
        <translation>Los datos observados aún no distinguen entre los escenarios.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>triggered %1</source>
        <translation>activada %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner: %1.</source>
        <translation>Responsable: %1.</translation>
    </message>
</context>
<context>
    <name>TrackingReport</name>
    <message>
        <location filename="../../ui/tracking/report_section.py" line="+34"/>
        <source>Actual observations compared with each scenario&apos;s projection: %1. Error: each difference divided by how far apart the scenarios are for that variable, as a root mean square; 0 is a perfect match.</source>
        <translation>Observaciones reales comparadas con la proyección de cada escenario: %1. Error: cada diferencia dividida por la separación entre los escenarios en esa variable, como raíz del error cuadrático medio; 0 es una coincidencia perfecta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where we are</source>
        <translation>Dónde estamos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenarios, closest first</source>
        <translation>Escenarios, del más cercano al más lejano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Actuals</source>
        <translation>Datos observados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signposts</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signpost</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watches</source>
        <translation>Vigila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points to</source>
        <translation>Apunta a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bands: 5th to 95th percentile of %1 Monte Carlo samples (seed 1).</source>
        <translation>Bandas: percentiles 5 a 95 de %1 muestras de Monte Carlo (semilla 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 in %3</source>
        <translation>%1: %2 en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts again from the actuals: %2.</source>
        <translation>%1 parte de nuevo de los datos observados: %2.</translation>
    </message>
</context>
<context>
    <name>TrajectoryPlot</name>
    <message>
        <location filename="../../ui/explore/trajectory_plot.py" line="+34"/>
        <source>Coverage: share of the runs of interest inside the box</source>
        <translation>Cobertura: parte de las corridas de interés dentro de la caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Density: share of the box&apos;s runs of interest</source>
        <translation>Densidad: parte de las corridas de la caja que son de interés</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Box %1: coverage %2, density %3, %n assumption(s) narrowed</source>
        <translation>
            <numerusform>Caja %1: cobertura %2, densidad %3, %n supuesto acotado</numerusform>
            <numerusform>Caja %1: cobertura %2, densidad %3, %n supuestos acotados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UncertaintyBar</name>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="+67"/>
        <source>&amp;Uncertainty</source>
        <translation>In&amp;certidumbre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw each scenario&apos;s median with its 50 % and 90 % bands from Monte Carlo samples</source>
        <translation>Dibujar la mediana de cada escenario con sus bandas del 50 % y del 90 % a partir de muestras de Monte Carlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bands for &amp;all</source>
        <translation>Bandas para &amp;todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw bands for every shown scenario, not only the selected one and the reference</source>
        <translation>Dibujar bandas para cada escenario mostrado, no solo el seleccionado y la referencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> samples</source>
        <translation> muestras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo samples</source>
        <translation>Muestras de Monte Carlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many Monte Carlo samples the bands are drawn from (seed %1: the same study gives the same bands)</source>
        <translation>Cuántas muestras de Monte Carlo generan las bandas (semilla %1: el mismo estudio da las mismas bandas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Chance…</source>
        <translation>&amp;Probabilidad…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chance that an indicator is above or below a value by a time</source>
        <translation>La probabilidad de que un indicador esté por encima o por debajo de un valor en un momento dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tornado…</source>
        <translation>&amp;Tornado…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which uncertain inputs move an indicator most</source>
        <translation>Qué insumos inciertos mueven más a un indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent odds…</source>
        <translation>Probabilidad de &amp;eventos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each event&apos;s probability, its switch per scenario, and how often it happened</source>
        <translation>La probabilidad de cada evento, su activación por escenario y con qué frecuencia ocurrió</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xplore…</source>
        <translation>E&amp;xplorar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where, across every slider&apos;s range, does an outcome happen? (Ctrl+Shift+E)</source>
        <translation>¿En qué parte del rango de cada control ocurre un resultado? (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Bands wait for the model to compile: see Problems.</source>
        <translation>Las bandas esperan a que el modelo compile: vea Problemas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bands could not be computed: %1</source>
        <translation>No se pudieron calcular las bandas: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Bands are drawn when the charts show values, not differences.</source>
        <translation>Las bandas se dibujan cuando los gráficos muestran valores, no diferencias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⟳ Updating bands…</source>
        <translation>⟳ Actualizando bandas…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Median (dashed), 50 % and 90 % bands from %1 samples (seed %2; %3 ms)</source>
        <translation>
            <numerusform>Mediana (discontinua), bandas del 50 % y del 90 % a partir de %1 muestra (semilla %2; %3 ms)</numerusform>
            <numerusform>Mediana (discontinua), bandas del 50 % y del 90 % a partir de %1 muestras (semilla %2; %3 ms)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>. Solid lines: the run without chance events (each event only as the scenario switches it)</source>
        <translation>. Líneas continuas: la corrida sin eventos aleatorios (cada evento solo según lo active el escenario)</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../models/units/check.py" line="+92"/>
        <source>the unit &apos;%1…&apos; cannot be read (longer than %2 characters)</source>
        <translation>la unidad &apos;%1…&apos; no se puede leer (más de %2 caracteres)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the unit &apos;%1&apos; cannot be read (%2)</source>
        <translation>la unidad &apos;%1&apos; no se puede leer (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a known unit</source>
        <translation>&apos;%1&apos; no es una unidad conocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a unit expression</source>
        <translation>no es una expresión de unidades</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (column %2)</source>
        <translation>%1 (columna %2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1() mixes %2 and %3</source>
        <translation>%1() mezcla %2 y %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>adds %1 to %2</source>
        <translation>suma %1 a %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>subtracts %1 from %2</source>
        <translation>resta %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compares %1 with %2</source>
        <translation>compara %1 con %2</translation>
    </message>
</context>
<context>
    <name>UnopenedStudies</name>
    <message>
        <location filename="../../ui/recovery/unopened.py" line="+35"/>
        <source>%1 (could not be opened) — Prospectiva</source>
        <translation>%1 (no se pudo abrir) — Prospectiva</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/recovery/unsaved.py" line="+19"/>
        <source>Your last changes to “%1” could not be saved: %2

%3 and lose them?</source>
        <translation>Sus últimos cambios en «%1» no se pudieron guardar: %2

¿%3 y perderlos?</translation>
    </message>
</context>
<context>
    <name>VariableForm</name>
    <message>
        <location filename="../../ui/editor/variable_form.py" line="+40"/>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — did you mean &apos;%2&apos;?</source>
        <translation>%1 — ¿quiso decir &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Initial value:</source>
        <translation>Valor &amp;inicial:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>&amp;Equation:</source>
        <translation>&amp;Ecuación:</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Uses:</source>
        <translation>Usa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by:</source>
        <translation>La usan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a variable in the list, or add one with Add ▾.</source>
        <translation>Seleccione una variable de la lista, o agregue una con Agregar ▾.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Change per time unit:</source>
        <translation>&amp;Cambio por unidad de tiempo:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>⚠ Units: {0}</source>
        <translation>⚠ Unidades: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; cannot be a name: use letters, digits and _, start with a letter, and avoid function names, t, dt, and, or, not.</source>
        <translation>&apos;%1&apos; no puede ser un nombre: use letras, dígitos y _, empiece con una letra y evite nombres de funciones, t, dt, and, or, not.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a variable called &apos;%1&apos;.</source>
        <translation>Ya hay una variable llamada &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>VariableKind</name>
    <message>
        <location filename="../../ui/qtmodels/variable_table_model.py" line="+17"/>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auxiliary</source>
        <translation>auxiliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock</source>
        <translation>nivel</translation>
    </message>
</context>
<context>
    <name>VariableTableModel</name>
    <message>
        <location line="-6"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value or equation</source>
        <translation>Valor o ecuación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>path: %1</source>
        <translation>trayectoria: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start %1; change %2</source>
        <translation>inicio %1; cambio %2</translation>
    </message>
</context>
<context>
    <name>VariablesView</name>
    <message>
        <location filename="../../ui/editor/variables_view.py" line="+69"/>
        <source>Filter variables by name, label, group or equation</source>
        <translation>Filtrar variables por nombre, etiqueta, grupo o ecuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add ▾</source>
        <translation>Agregar ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assumption (a value you set)</source>
        <translation>&amp;Supuesto (un valor que usted define)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;uxiliary (an equation)</source>
        <translation>A&amp;uxiliar (una ecuación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stock (accumulates its change)</source>
        <translation>&amp;Nivel (acumula su cambio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of the selected variable</source>
        <translation>Agregar una copia de la variable seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected variable (asks first if others use it)</source>
        <translation>Eliminar la variable seleccionada (pregunta antes si otras la usan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete variable</source>
        <translation>Eliminar variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is used by:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Equations that use it will show a problem until you change them. Delete it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; la usan:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Las ecuaciones que la usan mostrarán un problema hasta que las cambie. ¿Eliminarla?&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <location filename="../../ui/workshop/vote_chart.py" line="+26"/>
        <source>Votes chart</source>
        <translation>Gráfico de votos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No votes yet. Type the room&apos;s counts in the table above.</source>
        <translation>Aún no hay votos. Escriba los conteos de la sala en la tabla de arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proposals yet. Capture one with F9.</source>
        <translation>Aún no hay propuestas. Capture una con F9.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../storage/workbook.py" line="-25"/>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>initial %1; net rate %2</source>
        <translation>inicial %1; tasa neta %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>probability %1 from %2</source>
        <translation>probabilidad %1 desde %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drivers</source>
        <translation>Impulsores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>Caja morfológica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rank</source>
        <translation>puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actuals</source>
        <translation>datos observados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>driver</source>
        <translation>impulsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>impact</source>
        <translation>impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertainty</source>
        <translation>incertidumbre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumptions</source>
        <translation>supuestos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influence</source>
        <translation>influencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>motivation</source>
        <translation>motivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis</source>
        <translation>eje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pole</source>
        <translation>polo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>descriptor</source>
        <translation>descriptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>with descriptor</source>
        <translation>con el descriptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with variant</source>
        <translation>con la variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>score</source>
        <translation>puntaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessor</source>
        <translation>evaluador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auxiliary</source>
        <translation>auxiliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>definition</source>
        <translation>definición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location filename="../../storage/foresight/tables.py" line="+35"/>
        <source>quadrant %1</source>
        <translation>cuadrante %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../storage/tracking/tables.py" line="+32"/>
        <location filename="../../storage/workbook.py" line="+1"/>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not made yet</source>
        <translation>aún no creado</translation>
    </message>
    <message>
        <location filename="../../storage/workbook.py" line="+0"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difference</source>
        <translation>diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference (%)</source>
        <translation>diferencia (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>Insumos</translation>
    </message>
    <message>
        <location filename="../../storage/tracking/tables.py" line="+3"/>
        <source>signpost</source>
        <translation>señal</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../ui/workshop/install.py" line="+30"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation view</source>
        <translation>Vista de &amp;presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Capture proposal</source>
        <translation>&amp;Capturar propuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Freeze the room&apos;s screen</source>
        <translation>Con&amp;gelar la pantalla de la sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation &amp;screen</source>
        <translation>Pantalla de pre&amp;sentación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/presentation_view.py" line="-46"/>
        <source>observed</source>
        <translation>observado</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <location filename="../../ui/workshop/controller.py" line="+135"/>
        <source>Nothing to capture: no lever differs from the start.</source>
        <translation>Nada que capturar: ninguna palanca difiere del inicio.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Captured &apos;%1&apos;</source>
        <translation>Se capturó &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <location filename="../../ui/workshop/install.py" line="+6"/>
        <source>Workshop &amp;panel</source>
        <translation>&amp;Panel del taller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This study could not be opened: see Problems.</source>
        <translation>No se pudo abrir este estudio: vea Problemas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the scenario to explore first.</source>
        <translation>Seleccione primero el escenario que se va a explorar.</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../../ui/workshop/panel.py" line="+34"/>
        <source>Type the room&apos;s counts: digits, Tab to the other count, Enter for the next proposal.</source>
        <translation>Escriba los conteos de la sala: dígitos, Tab para el otro conteo, Intro para la siguiente propuesta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Start a session on the selected scenario</source>
        <translation>&amp;Iniciar una sesión sobre el escenario seleccionado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Levers and &amp;charts…</source>
        <translation>Palancas y &amp;gráficos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which drivers the room may move and which indicators it sees</source>
        <translation>Elegir qué impulsores puede mover la sala y qué indicadores ve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write proposals with votes, the log and the spread as CSV files into a folder</source>
        <translation>Escribir en una carpeta las propuestas con votos, el registro y la dispersión como archivos CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spread of the proposals</source>
        <translation>Dispersión de las propuestas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Votes</source>
        <translation>&amp;Votos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sp&amp;read</source>
        <translation>&amp;Dispersión</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No session yet. Select the scenario the room will explore, then start a session here or press F5 to put it on the room&apos;s screen.</source>
        <translation>Aún no hay sesión. Seleccione el escenario que explorará la sala; luego inicie una sesión aquí o presione F5 para llevarlo a la pantalla de la sala.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Session on %1&lt;/b&gt; · %2 proposal(s) · %3 levers, %4 charts</source>
        <translation>&lt;b&gt;Sesión sobre %1&lt;/b&gt; · %2 propuesta(s) · %3 palancas, %4 gráficos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export the workshop into a folder</source>
        <translation>Exportar el taller a una carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export into %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 into %2</source>
        <translation>Se exportó %1 a %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopReport</name>
    <message>
        <location filename="../../ui/workshop/report_section.py" line="+17"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lever</source>
        <translation>Palanca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min</source>
        <translation>Mín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals and the room&apos;s votes</source>
        <translation>Propuestas y votos de la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proposal was captured.</source>
        <translation>No se capturó ninguna propuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the proposals set each lever</source>
        <translation>Cómo definen las propuestas cada palanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session log</source>
        <translation>Registro de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was logged.</source>
        <translation>No se registró nada.</translation>
    </message>
</context>
<context>
    <name>_Panels</name>
    <message>
        <location filename="../../ui/editor/model_editor.py" line="-32"/>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vents</source>
        <translation>E&amp;ventos</translation>
    </message>
</context>
</TS>
