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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QMainWindow, QMenu, QMenuBar,
    QPlainTextEdit, QSizePolicy, QSplitter, QStatusBar,
    QTreeView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionReload = QAction(MainWindow)
        self.actionReload.setObjectName(u"actionReload")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
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
        self.planTree = QTreeView(self.splitter)
        self.planTree.setObjectName(u"planTree")
        self.planTree.setAlternatingRowColors(True)
        self.planTree.setUniformRowHeights(True)
        self.planTree.setAllColumnsShowFocus(True)
        self.splitter.addWidget(self.planTree)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.nodeTitle = QLabel(self.detailPane)
        self.nodeTitle.setObjectName(u"nodeTitle")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.nodeTitle.setFont(font)
        self.nodeTitle.setTextFormat(Qt.TextFormat.PlainText)
        self.nodeTitle.setWordWrap(True)
        self.nodeTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.nodeTitle)

        self.nodeDetails = QPlainTextEdit(self.detailPane)
        self.nodeDetails.setObjectName(u"nodeDetails")
        self.nodeDetails.setReadOnly(True)

        self.detailLayout.addWidget(self.nodeDetails)

        self.splitter.addWidget(self.detailPane)

        self.centralLayout.addWidget(self.splitter)

        self.centralLayout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.consultationLabel.setBuddy(self.consultationBox)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionReload)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

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
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Om H\u00f8ring", None))
        self.consultationLabel.setText(QCoreApplication.translate("MainWindow", u"&H\u00f8ring:", None))
#if QT_CONFIG(accessibility)
        self.consultationBox.setAccessibleName(QCoreApplication.translate("MainWindow", u"H\u00f8ring", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planTree.setAccessibleName(QCoreApplication.translate("MainWindow", u"Planen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nodeDetails.setAccessibleName(QCoreApplication.translate("MainWindow", u"Detaljer", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Filer", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Hj\u00e6lp", None))
    # retranslateUi

