<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AssumptionPanel</name>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="71"/>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="86"/>
        <source>This study has no assumptions to set.</source>
        <translation>Este estudio no tiene supuestos que definir.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="100"/>
        <source>Select or create a scenario to set its assumptions.</source>
        <translation>Seleccione o cree un escenario para definir sus supuestos.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="103"/>
        <source>Assumptions of %1</source>
        <translation>Supuestos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="115"/>
        <source>study value</source>
        <translation>del estudio</translation>
    </message>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="117"/>
        <source>own value</source>
        <translation>propio</translation>
    </message>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="119"/>
        <source>from %1</source>
        <comment>the scenario an assumption value is inherited from</comment>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="122"/>
        <source>, time path</source>
        <translation>, trayectoria</translation>
    </message>
    <message>
        <location filename="../../ui/panels/assumption_panel.py" line="123"/>
        <source>A time path, shown at its value as of the study&apos;s date. Moving the slider replaces it with a constant for this scenario.</source>
        <translation>Una trayectoria temporal, mostrada con su valor a la fecha del estudio. Mover el control deslizante la reemplaza por una constante para este escenario.</translation>
    </message>
</context>
<context>
    <name>ChartGrid</name>
    <message>
        <location filename="../../ui/plots/chart_grid.py" line="165"/>
        <source>Point at a chart to read its values here.</source>
        <translation>Señale un gráfico para leer aquí sus valores.</translation>
    </message>
</context>
<context>
    <name>ComparisonBar</name>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="27"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="27"/>
        <source>Difference from reference</source>
        <translation>Diferencia con la referencia</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="28"/>
        <source>% difference from reference</source>
        <translation>% de diferencia con la referencia</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="35"/>
        <source>Reference scenario</source>
        <translation>Escenario de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="36"/>
        <source>The scenario the others are compared with</source>
        <translation>El escenario con el que se comparan los demás</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="39"/>
        <source>Chart values</source>
        <translation>Valores de los gráficos</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="42"/>
        <source>Show each scenario&apos;s values, or how far it is from the reference</source>
        <translation>Mostrar los valores de cada escenario, o cuánto se aleja de la referencia</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="44"/>
        <source>Compare at &amp;horizons…</source>
        <translation>Comparar en &amp;horizontes…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="45"/>
        <source>A table of the charted indicators at the table years, with differences from the reference</source>
        <translation>Una tabla de los indicadores graficados en los años de la tabla, con sus diferencias con la referencia</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="47"/>
        <source>What &amp;differs…</source>
        <translation>Qué &amp;difiere…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="48"/>
        <source>The inputs two scenarios set differently</source>
        <translation>Los insumos que dos escenarios definen de forma distinta</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="54"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/comparison_bar.py" line="56"/>
        <source>C&amp;harts show:</source>
        <translation>Los &amp;gráficos muestran:</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="16"/>
        <source>&amp;Study file (all scenarios)…</source>
        <translation>Archivo de e&amp;studio (todos los escenarios)…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="17"/>
        <source>S&amp;elected scenario file (with its parents)…</source>
        <translation>Archivo del escenario s&amp;eleccionado (con sus padres)…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="18"/>
        <source>Projections as &amp;CSV…</source>
        <translation>Proyecciones en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="19"/>
        <source>Projections as &amp;workbook (XLSX)…</source>
        <translation>Proyecciones en &amp;libro de cálculo (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="20"/>
        <source>Charts as &amp;PNG…</source>
        <translation>Gráficos en &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="21"/>
        <source>Charts as S&amp;VG…</source>
        <translation>Gráficos en S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="22"/>
        <source>Scenario &amp;brief (PDF)…</source>
        <translation>&amp;Informe de escenario (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="23"/>
        <source>Scenario brief (&amp;HTML)…</source>
        <translation>Informe de escenario (&amp;HTML)…</translation>
    </message>
    <message>
        <location filename="../../ui/compare/export_menu.py" line="29"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
</context>
<context>
    <name>Horizons</name>
    <message>
        <location filename="../../ui/plots/indicator_plot.py" line="34"/>
        <source>next 6 months</source>
        <translation>próximos 6 meses</translation>
    </message>
    <message>
        <location filename="../../ui/plots/indicator_plot.py" line="34"/>
        <source>5–10 years</source>
        <translation>5–10 años</translation>
    </message>
    <message>
        <location filename="../../ui/plots/indicator_plot.py" line="109"/>
        <source>Horizon: %1 (%2–%3)</source>
        <translation>Horizonte: %1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../ui/plots/indicator_plot.py" line="113"/>
        <source>as of</source>
        <translation>base</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="28"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="28"/>
        <source>Already here</source>
        <translation>Ya está aquí</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="29"/>
        <source>Differs from yours</source>
        <translation>Distinto del suyo</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="30"/>
        <source>Name taken</source>
        <translation>Nombre en uso</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="31"/>
        <source>Comes with its parent</source>
        <translation>Llega con su padre</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="32"/>
        <source>Keep my model</source>
        <translation>Conservar mi modelo</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="33"/>
        <source>Use the file&apos;s model</source>
        <translation>Usar el modelo del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="34"/>
        <source>Import the file as a separate study</source>
        <translation>Importar el archivo como un estudio aparte</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="47"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="49"/>
        <source>“%1” holds the study “%2”, which is not in your library yet.</source>
        <translation>«%1» contiene el estudio «%2», que todavía no está en su biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="52"/>
        <source>“%1” holds a version of “%2”, which is in your library: %3 new, %4 already here, %5 differing from yours</source>
        <translation>«%1» contiene una versión de «%2», que ya está en su biblioteca: %3 nuevos, %4 ya presentes, %5 distintos de los suyos</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="56"/>
        <source>, %1 coming in with a parent that differs</source>
        <translation>, %1 que llegan con un escenario padre distinto</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="58"/>
        <source>. Nothing changes until you press Import; Undo takes the whole import back.</source>
        <translation>. Nada cambia hasta que presione Importar; Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="60"/>
        <source> Tracking: %1.</source>
        <translation> Seguimiento: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="64"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="64"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="64"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="64"/>
        <source>Do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="75"/>
        <source>What to do with %1</source>
        <translation>Qué hacer con %1</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="89"/>
        <source>What Import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="94"/>
        <source>Import will:</source>
        <translation>La importación hará lo siguiente:</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="101"/>
        <source>The file&apos;s model differs from yours in 1 way</source>
        <translation>El modelo del archivo difiere del suyo en 1 aspecto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sharing/import_dialog.py" line="102"/>
        <source>The file&apos;s model differs from yours in %n ways</source>
        <translation>
            <numerusform>El modelo del archivo difiere del suyo en %n aspecto</numerusform>
            <numerusform>El modelo del archivo difiere del suyo en %n aspectos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sharing/import_dialog.py" line="117"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/qtmodels/indicator_table_model.py" line="26"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/indicator_table_model.py" line="26"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/i18n/menu.py" line="27"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/i18n/menu.py" line="45"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/i18n/menu.py" line="45"/>
        <source>The interface will be in %1 the next time Prospectiva starts. Your work is saved as you go, so you can close and reopen it now.</source>
        <translation>La interfaz estará en %1 la próxima vez que inicie Prospectiva. Su trabajo se guarda a medida que avanza, así que puede cerrarla y volver a abrirla ahora.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>This library has no study yet. Use File ▸ Import study file… to add one.</source>
        <translation>Esta biblioteca todavía no tiene estudios. Use Archivo ▸ Importar archivo de estudio… para agregar uno.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;Study:</source>
        <translation>E&amp;studio:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indicadores…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Choose which indicators get a chart (Ctrl+I)</source>
        <translation>Elegir qué indicadores tienen un gráfico (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Import study file…</source>
        <translation>&amp;Importar archivo de estudio…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>S&amp;cenario</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Open the other study anyway</source>
        <translation>Abrir el otro estudio de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>Not saved – retrying in %1 s: %2</source>
        <translation>No guardado – se reintenta en %1 s: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <location filename="../../ui/editor/model_editor.py" line="157"/>
        <source>&amp;Model editor</source>
        <translation>&amp;Editor del modelo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/model_editor.py" line="159"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
</context>
<context>
    <name>ModelStatus</name>
    <message>
        <location filename="../../ui/editor/model_status.py" line="36"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="69"/>
        <location filename="../../ui/panels/scenario_panel.py" line="92"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="70"/>
        <source>Tick to show on the charts; select to edit its assumptions</source>
        <translation>Marque para mostrarlo en los gráficos; selecciónelo para editar sus supuestos</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="71"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Nuevo escenario</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="71"/>
        <source>Add a blank scenario</source>
        <translation>Agregar un escenario en blanco</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="72"/>
        <source>&amp;Branch</source>
        <translation>Deri&amp;var</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="72"/>
        <source>Add a child that inherits the selected scenario</source>
        <translation>Agregar un escenario hijo que hereda del escenario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="73"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="73"/>
        <source>Copy the selected scenario</source>
        <translation>Copiar el escenario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="74"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="74"/>
        <source>Rename the selected scenario</source>
        <translation>Renombrar el escenario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="75"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="75"/>
        <source>Change the selected scenario&apos;s colour</source>
        <translation>Cambiar el color del escenario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="76"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../ui/panels/scenario_panel.py" line="76"/>
        <source>Delete the selected scenario (undoable)</source>
        <translation>Eliminar el escenario seleccionado (se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>StudyDatesForm</name>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="56"/>
        <source>As of</source>
        <translation>Fecha base</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="59"/>
        <source>Table times</source>
        <translation>Tiempos de la tabla</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="61"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="61"/>
        <source>From</source>
        <comment>horizon start</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="61"/>
        <source>To</source>
        <comment>horizon end</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="68"/>
        <source>Add horizon</source>
        <translation>Agregar horizonte</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="68"/>
        <source>Remove horizon</source>
        <translation>Quitar horizonte</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="79"/>
        <source>&amp;As of:</source>
        <translation>Fecha &amp;base:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_dates_form.py" line="80"/>
        <source>Table &amp;times:</source>
        <translation>&amp;Tiempos de la tabla:</translation>
    </message>
</context>
<context>
    <name>StudySettingsDialog</name>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="32"/>
        <source>Study settings</source>
        <translation>Configuración del estudio</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="36"/>
        <source>What this study is about, in Markdown: *emphasis*, lists, links…</source>
        <translation>De qué trata este estudio, en Markdown: *énfasis*, listas, enlaces…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="61"/>
        <source>from</source>
        <comment>time axis start</comment>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="61"/>
        <source>to</source>
        <comment>time axis end</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="62"/>
        <source>by</source>
        <comment>time axis step</comment>
        <translation>cada</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="67"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="68"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="68"/>
        <source>Markdown on the left, as it will read on the right.</source>
        <translation>Markdown a la izquierda; a la derecha, tal como se leerá.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="72"/>
        <source>&lt;b&gt;Time axis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eje temporal&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="74"/>
        <source>&lt;b&gt;Dates&lt;/b&gt; (in the axis&apos;s units; they never follow the computer&apos;s clock)</source>
        <translation>&lt;b&gt;Fechas&lt;/b&gt; (en las unidades del eje; nunca siguen el reloj de la computadora)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="100"/>
        <source>The study needs a title.</source>
        <translation>El estudio necesita un título.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="102"/>
        <source>The time axis must end after it starts (it starts at %1 and ends at %2).</source>
        <translation>El eje temporal debe terminar después de empezar (empieza en %1 y termina en %2).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="105"/>
        <source>The time axis has %1 points; at most %2 keep projections quick. Use a larger step.</source>
        <translation>El eje temporal tiene %1 puntos; con %2 como máximo las proyecciones siguen siendo rápidas. Use un paso mayor.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/study_settings_dialog.py" line="119"/>
        <source>These path points fall outside the new time axis. They are kept, but no chart or table will show their years:</source>
        <translation>Estos puntos de trayectoria quedan fuera del nuevo eje temporal. Se conservan, pero ningún gráfico ni tabla mostrará sus años:</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../ui/panels/table_panel.py" line="75"/>
        <source>e.g. 2027.5, 2031, 2035</source>
        <translation>p. ej. 2027.5, 2031, 2035</translation>
    </message>
    <message>
        <location filename="../../ui/panels/table_panel.py" line="76"/>
        <source>Years shown as columns, separated by commas</source>
        <translation>Años mostrados como columnas, separados por comas (un año decimal con punto: 2027.5)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/table_panel.py" line="78"/>
        <source>&amp;Years:</source>
        <translation>&amp;Años:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/table_panel.py" line="82"/>
        <source>&lt;b&gt;Values at chosen years&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valores en los años elegidos&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>UncertaintyBar</name>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="59"/>
        <source>&amp;Uncertainty</source>
        <translation>In&amp;certidumbre</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="60"/>
        <source>Draw each scenario&apos;s median with its 50 % and 90 % bands from Monte Carlo samples</source>
        <translation>Dibujar la mediana de cada escenario con sus bandas del 50 % y del 90 % a partir de muestras de Monte Carlo</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="64"/>
        <source>Bands for &amp;all</source>
        <translation>Bandas para &amp;todos</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="65"/>
        <source>Draw bands for every shown scenario, not only the selected one and the reference</source>
        <translation>Dibujar bandas para cada escenario mostrado, no solo el seleccionado y la referencia</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="72"/>
        <source> samples</source>
        <translation> muestras</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="73"/>
        <source>Monte Carlo samples</source>
        <translation>Muestras de Monte Carlo</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="81"/>
        <source>&amp;Chance…</source>
        <translation>&amp;Probabilidad…</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="81"/>
        <source>The chance that an indicator is above or below a value by a time</source>
        <translation>La probabilidad de que un indicador esté por encima o por debajo de un valor en un momento dado</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="82"/>
        <source>&amp;Tornado…</source>
        <translation>&amp;Tornado…</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="82"/>
        <source>Which uncertain inputs move an indicator most</source>
        <translation>Qué insumos inciertos mueven más a un indicador</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="83"/>
        <source>E&amp;vent odds…</source>
        <translation>Probabilidad de &amp;eventos…</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="83"/>
        <source>Each event&apos;s probability, its switch per scenario, and how often it happened</source>
        <translation>La probabilidad de cada evento, su activación por escenario y con qué frecuencia ocurrió</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="233"/>
        <source>Bands wait for the model to compile: see Problems.</source>
        <translation>Las bandas esperan a que el modelo compile: vea Problemas.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="235"/>
        <source>Bands could not be computed: %1</source>
        <translation>No se pudieron calcular las bandas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="295"/>
        <source>Bands are drawn when the charts show values, not differences.</source>
        <translation>Las bandas se dibujan cuando los gráficos muestran valores, no diferencias.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="299"/>
        <source>⟳ Updating bands…</source>
        <translation>⟳ Actualizando bandas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="304"/>
        <source>Median (dashed), 50 % and 90 % bands from %1 samples (seed %2; %3 ms)</source>
        <translation>
            <numerusform>Mediana (discontinua), bandas del 50 % y del 90 % a partir de %1 muestra (semilla %2; %3 ms)</numerusform>
            <numerusform>Mediana (discontinua), bandas del 50 % y del 90 % a partir de %1 muestras (semilla %2; %3 ms)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/uncertainty/uncertainty_bar.py" line="309"/>
        <source>. Solid lines: the run without chance events (each event only as the scenario switches it)</source>
        <translation>. Líneas continuas: la corrida sin eventos aleatorios (cada evento solo según lo active el escenario)</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../ui/workshop/install.py" line="30"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/install.py" line="31"/>
        <source>&amp;Presentation view</source>
        <translation>Vista de &amp;presentación</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/install.py" line="33"/>
        <source>&amp;Capture proposal</source>
        <translation>&amp;Capturar propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/install.py" line="35"/>
        <source>&amp;Freeze the room&apos;s screen</source>
        <translation>Con&amp;gelar la pantalla de la sala</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/install.py" line="37"/>
        <source>Presentation &amp;screen</source>
        <translation>Pantalla de pre&amp;sentación</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/install.py" line="42"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
</context>
</TS>
