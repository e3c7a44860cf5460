"""The model diagram: variables laid out in causal order, arrows for each use, zoomable and draggable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from models.diagram.graph import dependency_graph
from models.diagram.layout import layout
from models.diagram.loops import Loop
from models.domain import Study
from ui.diagram.items import EdgeItem, NodeItem, label_font, node_size
from ui.diagram.regions import RegionItem

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.05, 8.0
MARGIN = 24.0
FADED = 0.22  # what is not on a highlighted loop stays readable, but steps back


class DiagramView(QGraphicsView):
    """Draw a study's variables and the uses between them; a click chooses a variable."""

    variable_chosen = Signal(str)  # the clicked variable's name
    variable_opened = Signal(str)  # the double-clicked variable's name
    nodes_placed = Signal(dict)  # name -> (x, y) of each box the user just moved

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#fafafa"))
        self.setAccessibleName(QCoreApplication.translate("DiagramView", "Model diagram"))
        self.pinned: dict[str, tuple[float, float]] = {}  # positions the user dragged, kept across rebuilds
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.regions: dict[str, RegionItem] = {}
        self._font = label_font()
        self._fitted = False
        self.highlighted: Loop | None = None
        self._following_size = True  # fitted to the window until the user zooms
        self.max_fit = 1.0  # fitting never enlarges past this (life size; a room's screen reads from afar)
        self.show_coefficients = False  # numbers with a unit and a name: the structure reads better without them
        for keys, slot in ((("Ctrl+=", "Ctrl++"), self.zoom_in), (("Ctrl+-",), self.zoom_out), (("Ctrl+0",), self.fit)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.scene().selectionChanged.connect(self._selection_changed)

    def scene(self) -> QGraphicsScene:  # type: ignore[override]  # always set: made in __init__
        """Return the diagram's scene."""
        found = super().scene()
        assert found is not None
        return found

    def show_study(self, study: Study) -> None:
        """Draw the study's model afresh, keeping the positions the user dragged and the zoom."""
        graph = dependency_graph(study, self.show_coefficients)
        sizes = {n.name: node_size(n, self._font) for n in graph.nodes}
        names = [n.name for n in graph.nodes]
        self.pinned = {k: v for k, v in self.pinned.items() if k in sizes}
        groups = {n.name: n.group for n in graph.nodes}
        placed = layout(names, graph.edges, graph.stocks, sizes, self.pinned, groups=groups)
        selected = {item.node.name for item in self.nodes.values() if item.isSelected()}
        scene = self.scene()
        with QSignalBlocker(scene):
            scene.clear()
            self.nodes, self.edges = {}, []
            self.regions = {}
            for number, (group, rect) in enumerate(placed.regions.items()):
                self.regions[group] = RegionItem(group, rect, number, self._font)
                scene.addItem(self.regions[group])
            for node in graph.nodes:
                item = NodeItem(node, sizes[node.name], self._font, self._node_moved)
                item.setPos(*placed.positions[node.name])
                scene.addItem(item)
                item.setSelected(node.name in selected)
                self.nodes[node.name] = item
            for a, b in graph.edges:
                edge = EdgeItem(self.nodes[a], self.nodes[b], placed.routes[(a, b)], (a, b) in placed.feedback)
                scene.addItem(edge)
                self.edges.append(edge)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if not self._fitted and self.isVisible():
            self.fit()

    def set_coefficients_shown(self, shown: bool) -> None:
        """Draw the model's coefficients or leave them out from the next drawing on, fitted afresh."""
        self.show_coefficients = shown
        self._fitted = False

    def highlight_loop(self, loop: Loop | None, colour: QColor | None = None) -> None:
        """Bring out a loop's variables and links in `colour` and fade the rest; None shows everything alike."""
        members = set(loop.variables) if loop is not None else set()
        links = set(loop.edges()) if loop is not None else set()
        for name, item in self.nodes.items():
            item.setOpacity(1.0 if loop is None or name in members else FADED)
        for edge in self.edges:
            on_loop = (edge.source.node.name, edge.target.node.name) in links
            edge.emphasise(colour if on_loop else None)
            edge.setOpacity(1.0 if loop is None or on_loop else FADED)
        self.highlighted = loop
        if loop is not None and loop.variables[0] in self.nodes:
            self.ensureVisible(self.nodes[loop.variables[0]])

    def select_name(self, name: str) -> None:
        """Select a variable's box (and only it) and bring it into view, without reporting a choice."""
        with QSignalBlocker(self.scene()):
            self.scene().clearSelection()
            item = self.nodes.get(name)
            if item is not None:
                item.setSelected(True)
                self.ensureVisible(item)

    def zoom_in(self) -> None:
        """Enlarge the drawing."""
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Shrink the drawing."""
        self._zoom(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole model, never larger than life."""
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > self.max_fit:
            self.resetTransform()
            self.scale(self.max_fit, self.max_fit)
        self._fitted = True
        self._following_size = True

    def resizeEvent(self, event) -> None:
        """Keep the whole model in view as the dock is resized, until the user zooms by hand."""
        super().resizeEvent(event)
        if self._following_size:
            self.fit()

    def zoom(self) -> float:
        """Return the current scale (1 is life size)."""
        return self.transform().m11()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom with Ctrl and the wheel; scroll without Ctrl."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        """Open the double-clicked variable."""
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NodeItem):
            self.variable_opened.emit(item.node.name)
        super().mouseDoubleClickEvent(event)

    def showEvent(self, event) -> None:
        """Fit the model the first time the diagram is shown."""
        super().showEvent(event)
        if not self._fitted:
            self.fit()

    def _zoom(self, factor: float) -> None:
        self._following_size = False
        scale = self.zoom() * factor
        if MIN_SCALE <= scale <= MAX_SCALE:
            self.scale(factor, factor)

    def _node_moved(self, item: NodeItem) -> None:
        # A drag moves every selected box with the one under the mouse: all of them are placed.
        moved = {item, *(i for i in self.scene().selectedItems() if isinstance(i, NodeItem))}
        placed = {}
        for node in moved:
            placed[node.node.name] = self.pinned[node.node.name] = (node.pos().x(), node.pos().y())
            for edge in node.edges:
                edge.drop_bends()
        self.scene().setSceneRect(self.scene().itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.nodes_placed.emit(placed)

    def _selection_changed(self) -> None:
        chosen = [item for item in self.scene().selectedItems() if isinstance(item, NodeItem)]
        if len(chosen) == 1:
            self.variable_chosen.emit(chosen[0].node.name)

