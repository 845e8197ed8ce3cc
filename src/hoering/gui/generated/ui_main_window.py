# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSplitter, QStackedWidget, QStatusBar,
    QTabWidget, QTableView, QToolBar, QTreeView,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionReload = QAction(MainWindow)
        self.actionReload.setObjectName(u"actionReload")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionRedo = QAction(MainWindow)
        self.actionRedo.setObjectName(u"actionRedo")
        self.actionPhrases = QAction(MainWindow)
        self.actionPhrases.setObjectName(u"actionPhrases")
        self.actionOverview = QAction(MainWindow)
        self.actionOverview.setObjectName(u"actionOverview")
        self.actionNextMeasure = QAction(MainWindow)
        self.actionNextMeasure.setObjectName(u"actionNextMeasure")
        self.actionFocusPlan = QAction(MainWindow)
        self.actionFocusPlan.setObjectName(u"actionFocusPlan")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.consultationRow = QHBoxLayout()
        self.consultationRow.setObjectName(u"consultationRow")
        self.consultationLabel = QLabel(self.centralwidget)
        self.consultationLabel.setObjectName(u"consultationLabel")

        self.consultationRow.addWidget(self.consultationLabel)

        self.consultationBox = QComboBox(self.centralwidget)
        self.consultationBox.setObjectName(u"consultationBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.consultationBox.sizePolicy().hasHeightForWidth())
        self.consultationBox.setSizePolicy(sizePolicy)

        self.consultationRow.addWidget(self.consultationBox)

        self.periodLabel = QLabel(self.centralwidget)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.consultationRow.addWidget(self.periodLabel)


        self.centralLayout.addLayout(self.consultationRow)

        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigatorTabs = QTabWidget(self.splitter)
        self.navigatorTabs.setObjectName(u"navigatorTabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planTree = QTreeView(self.planTab)
        self.planTree.setObjectName(u"planTree")
        self.planTree.setAlternatingRowColors(True)
        self.planTree.setUniformRowHeights(True)
        self.planTree.setAllColumnsShowFocus(True)

        self.planLayout.addWidget(self.planTree)

        self.navigatorTabs.addTab(self.planTab, "")
        self.searchTab = QWidget()
        self.searchTab.setObjectName(u"searchTab")
        self.searchLayout = QVBoxLayout(self.searchTab)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.searchTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.filterForm = QFormLayout()
        self.filterForm.setObjectName(u"filterForm")
        self.sourceFilterLabel = QLabel(self.searchTab)
        self.sourceFilterLabel.setObjectName(u"sourceFilterLabel")

        self.filterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceFilterLabel)

        self.sourceFilter = QComboBox(self.searchTab)
        self.sourceFilter.setObjectName(u"sourceFilter")

        self.filterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceFilter)

        self.kindFilterLabel = QLabel(self.searchTab)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindFilterLabel)

        self.kindFilter = QComboBox(self.searchTab)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindFilter)

        self.outcomeFilterLabel = QLabel(self.searchTab)
        self.outcomeFilterLabel.setObjectName(u"outcomeFilterLabel")

        self.filterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeFilterLabel)

        self.outcomeFilter = QComboBox(self.searchTab)
        self.outcomeFilter.setObjectName(u"outcomeFilter")

        self.filterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeFilter)

        self.channelFilterLabel = QLabel(self.searchTab)
        self.channelFilterLabel.setObjectName(u"channelFilterLabel")

        self.filterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channelFilterLabel)

        self.channelFilter = QComboBox(self.searchTab)
        self.channelFilter.setObjectName(u"channelFilter")

        self.filterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelFilter)

        self.lateFilter = QCheckBox(self.searchTab)
        self.lateFilter.setObjectName(u"lateFilter")

        self.filterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lateFilter)


        self.searchLayout.addLayout(self.filterForm)

        self.searchResults = QTableView(self.searchTab)
        self.searchResults.setObjectName(u"searchResults")
        self.searchResults.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.searchResults.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.searchResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.searchResults.setAlternatingRowColors(True)
        self.searchResults.setWordWrap(True)

        self.searchLayout.addWidget(self.searchResults)

        self.searchCount = QLabel(self.searchTab)
        self.searchCount.setObjectName(u"searchCount")
        self.searchCount.setTextFormat(Qt.TextFormat.PlainText)

        self.searchLayout.addWidget(self.searchCount)

        self.navigatorTabs.addTab(self.searchTab, "")
        self.splitter.addWidget(self.navigatorTabs)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        self.centralLayout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuGo = QMenu(self.menubar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.consultationLabel.setBuddy(self.consultationBox)
        self.sourceFilterLabel.setBuddy(self.sourceFilter)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.outcomeFilterLabel.setBuddy(self.outcomeFilter)
        self.channelFilterLabel.setBuddy(self.channelFilter)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuGo.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionReload)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionPhrases)
        self.menuGo.addAction(self.actionOverview)
        self.menuGo.addAction(self.actionNextMeasure)
        self.menuGo.addAction(self.actionFocusPlan)
        self.menuGo.addAction(self.actionSearch)
        self.menuHelp.addAction(self.actionAbout)
        self.toolBar.addAction(self.actionOverview)
        self.toolBar.addAction(self.actionNextMeasure)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionUndo)
        self.toolBar.addAction(self.actionRedo)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionPhrases)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"H\u00f8ring", None))
        self.actionReload.setText(QCoreApplication.translate("MainWindow", u"&Genindl\u00e6s", None))
#if QT_CONFIG(shortcut)
        self.actionReload.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Afslut", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"&Fortryd", None))
#if QT_CONFIG(shortcut)
        self.actionUndo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionRedo.setText(QCoreApplication.translate("MainWindow", u"&Gentag", None))
#if QT_CONFIG(shortcut)
        self.actionRedo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionPhrases.setText(QCoreApplication.translate("MainWindow", u"&Standardtekster \u2026", None))
        self.actionOverview.setText(QCoreApplication.translate("MainWindow", u"&Oversigt", None))
#if QT_CONFIG(shortcut)
        self.actionOverview.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionNextMeasure.setText(QCoreApplication.translate("MainWindow", u"&N\u00e6ste tiltag med arbejde", None))
#if QT_CONFIG(shortcut)
        self.actionNextMeasure.setShortcut(QCoreApplication.translate("MainWindow", u"F8", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusPlan.setText(QCoreApplication.translate("MainWindow", u"&Planen", None))
#if QT_CONFIG(shortcut)
        self.actionFocusPlan.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"&S\u00f8g", None))
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Om H\u00f8ring", None))
        self.consultationLabel.setText(QCoreApplication.translate("MainWindow", u"&H\u00f8ring:", None))
#if QT_CONFIG(accessibility)
        self.consultationBox.setAccessibleName(QCoreApplication.translate("MainWindow", u"H\u00f8ring", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planTree.setAccessibleName(QCoreApplication.translate("MainWindow", u"Planen", None))
#endif // QT_CONFIG(accessibility)
        self.navigatorTabs.setTabText(self.navigatorTabs.indexOf(self.planTab), QCoreApplication.translate("MainWindow", u"&Plan", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"S\u00f8g i bem\u00e6rkninger, h\u00f8ringssvar og klimatiltag", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"S\u00f8gning", None))
#endif // QT_CONFIG(accessibility)
        self.sourceFilterLabel.setText(QCoreApplication.translate("MainWindow", u"&Afsender:", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("MainWindow", u"Afsender&type:", None))
        self.outcomeFilterLabel.setText(QCoreApplication.translate("MainWindow", u"&Udfald:", None))
        self.channelFilterLabel.setText(QCoreApplication.translate("MainWindow", u"&Kanal:", None))
        self.lateFilter.setText(QCoreApplication.translate("MainWindow", u"Kun for &sent modtagne", None))
#if QT_CONFIG(accessibility)
        self.searchResults.setAccessibleName(QCoreApplication.translate("MainWindow", u"S\u00f8geresultater", None))
#endif // QT_CONFIG(accessibility)
        self.navigatorTabs.setTabText(self.navigatorTabs.indexOf(self.searchTab), QCoreApplication.translate("MainWindow", u"&S\u00f8g", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Filer", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Redig\u00e9r", None))
        self.menuGo.setTitle(QCoreApplication.translate("MainWindow", u"&G\u00e5 til", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Hj\u00e6lp", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"V\u00e6rkt\u00f8jer", None))
    # retranslateUi

