<?xml version='1.0' encoding='UTF-8'?>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:uro="https://www.geospatial.jp/iur/uro/3.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.0 ../../schemas/iur/uro/3.0/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/waterbody/2.0 http://schemas.opengis.net/citygml/waterbody/2.0/waterBody.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
	<gml:boundedBy>
		<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
			<gml:lowerCorner>35.716796274 139.817362231 2.000</gml:lowerCorner>
			<gml:upperCorner>35.724909285 139.824269228 2.000</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1ce39df1-bd62-4c28-a858-56ccbd80c29b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468326 139.81763700 2.00 35.72468330 139.81791334 2.00 35.72490864 139.81791330 2.00 35.72490860 139.81763696 2.00 35.72468326 139.81763700 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.16</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c2d0bb9f-86ee-4fa1-97a3-42c497c02248">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468330 139.81791334 2.00 35.72468333 139.81818969 2.00 35.72490867 139.81818965 2.00 35.72490864 139.81791330 2.00 35.72468330 139.81791334 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dbe3b9c8-3c4b-482f-b501-1963b43a70be">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468333 139.81818969 2.00 35.72468337 139.81846603 2.00 35.72490871 139.81846599 2.00 35.72490867 139.81818965 2.00 35.72468333 139.81818969 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.47</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_46199be0-fd4e-4c79-ae25-beacb4b5e93b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468337 139.81846603 2.00 35.72468340 139.81874238 2.00 35.72490874 139.81874233 2.00 35.72490871 139.81846599 2.00 35.72468337 139.81846603 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_39d03eee-51c8-4818-8963-ed2a0e70d1c4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468340 139.81874238 2.00 35.72468343 139.81901872 2.00 35.72490877 139.81901868 2.00 35.72490874 139.81874233 2.00 35.72468340 139.81874238 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.65</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_09eebbd5-c6cb-41d4-8d14-d88b8c58a715">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468343 139.81901872 2.00 35.72468347 139.81929506 2.00 35.72490881 139.81929502 2.00 35.72490877 139.81901868 2.00 35.72468343 139.81901872 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.83</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_38052921-9dc7-4e4d-9b30-75bc108195e1">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468347 139.81929506 2.00 35.72468350 139.81957141 2.00 35.72490884 139.81957137 2.00 35.72490881 139.81929502 2.00 35.72468347 139.81929506 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cc3d1623-21a8-45ca-8d30-7a31f3d7f33c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468350 139.81957141 2.00 35.72468353 139.81984775 2.00 35.72490887 139.81984771 2.00 35.72490884 139.81957137 2.00 35.72468350 139.81957141 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.42</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ab32fb25-2fe8-4d96-8b4c-35536f2731c4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468353 139.81984775 2.00 35.72468356 139.82012410 2.00 35.72490890 139.82012406 2.00 35.72490887 139.81984771 2.00 35.72468353 139.81984775 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.67</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a78b639f-ca57-4b29-aad3-c2d4f2fda1d5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468356 139.82012410 2.00 35.72468359 139.82040044 2.00 35.72490893 139.82040040 2.00 35.72490890 139.82012406 2.00 35.72468356 139.82012410 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.86</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6351b832-8556-4f70-a74c-dd6b4d8c6bd6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468359 139.82040044 2.00 35.72468362 139.82067678 2.00 35.72490896 139.82067675 2.00 35.72490893 139.82040040 2.00 35.72468359 139.82040044 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.92</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8cc54fb6-458e-45c6-a885-1e6010acc870">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468362 139.82067678 2.00 35.72468365 139.82095313 2.00 35.72490899 139.82095309 2.00 35.72490896 139.82067675 2.00 35.72468362 139.82067678 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.86</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_03ccef2a-ed4c-41f5-93ff-6fd7d62b3cd5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468365 139.82095313 2.00 35.72468368 139.82122947 2.00 35.72490902 139.82122944 2.00 35.72490899 139.82095309 2.00 35.72468365 139.82095313 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.80</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e3c35a56-b943-4ade-99bb-86dead303451">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468383 139.82288753 2.00 35.72468386 139.82316388 2.00 35.72490920 139.82316385 2.00 35.72490917 139.82288750 2.00 35.72468383 139.82288753 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3dc69bab-908b-4b82-96e0-8cd165847485">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468386 139.82316388 2.00 35.72468388 139.82344022 2.00 35.72490922 139.82344019 2.00 35.72490920 139.82316385 2.00 35.72468386 139.82316388 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_52ab099e-30bd-4a3e-be36-8a0a847a2b2e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468388 139.82344022 2.00 35.72468390 139.82371657 2.00 35.72490924 139.82371654 2.00 35.72490922 139.82344019 2.00 35.72468388 139.82344022 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.39</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dbcd40ee-5a26-4138-8dd5-16fa219c5898">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468390 139.82371657 2.00 35.72468392 139.82399291 2.00 35.72490926 139.82399288 2.00 35.72490924 139.82371654 2.00 35.72468390 139.82371657 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8bb2f082-d5a3-4ad5-add1-4222fc2b6e0b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72468392 139.82399291 2.00 35.72468394 139.82426925 2.00 35.72490928 139.82426923 2.00 35.72490926 139.82399288 2.00 35.72468392 139.82399291 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_db582004-6ffe-4585-95f7-f0b59f9ba53e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445792 139.81763704 2.00 35.72445796 139.81791339 2.00 35.72468330 139.81791334 2.00 35.72468326 139.81763700 2.00 35.72445792 139.81763704 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b7d636c3-e38e-4378-9b44-93917ead0e41">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445796 139.81791339 2.00 35.72445799 139.81818973 2.00 35.72468333 139.81818969 2.00 35.72468330 139.81791334 2.00 35.72445796 139.81791339 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_64cfabcc-d3db-488e-8121-cdf39bbe689d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445799 139.81818973 2.00 35.72445803 139.81846607 2.00 35.72468337 139.81846603 2.00 35.72468333 139.81818969 2.00 35.72445799 139.81818973 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.50</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c96c23c0-055d-4458-b474-a6496c5c6c74">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445803 139.81846607 2.00 35.72445806 139.81874242 2.00 35.72468340 139.81874238 2.00 35.72468337 139.81846603 2.00 35.72445803 139.81846607 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7c504889-a064-4da0-87c5-f7f871f8e477">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445806 139.81874242 2.00 35.72445809 139.81901876 2.00 35.72468343 139.81901872 2.00 35.72468340 139.81874238 2.00 35.72445806 139.81874242 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.74</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d66cdf1e-ac21-41cb-9ef5-2fdca083f424">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445809 139.81901876 2.00 35.72445812 139.81929510 2.00 35.72468347 139.81929506 2.00 35.72468343 139.81901872 2.00 35.72445809 139.81901876 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.94</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2623a85e-200f-41c1-ac11-1125338f5abb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445812 139.81929510 2.00 35.72445816 139.81957145 2.00 35.72468350 139.81957141 2.00 35.72468347 139.81929506 2.00 35.72445812 139.81929510 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.18</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7d8ec885-8b45-48bf-8c31-8b310d4dcd64">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445816 139.81957145 2.00 35.72445819 139.81984779 2.00 35.72468353 139.81984775 2.00 35.72468350 139.81957141 2.00 35.72445816 139.81957145 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.41</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_16483c73-b29b-4161-95a0-4aa5ec4f3c14">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445819 139.81984779 2.00 35.72445822 139.82012413 2.00 35.72468356 139.82012410 2.00 35.72468353 139.81984775 2.00 35.72445819 139.81984779 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2cb1accf-8212-40fc-b0ca-6240060f6347">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445822 139.82012413 2.00 35.72445825 139.82040048 2.00 35.72468359 139.82040044 2.00 35.72468356 139.82012410 2.00 35.72445822 139.82012413 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.66</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_07e1ecc0-1138-4ef0-98ce-1a73ca51405c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445825 139.82040048 2.00 35.72445828 139.82067682 2.00 35.72468362 139.82067678 2.00 35.72468359 139.82040044 2.00 35.72445825 139.82040048 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.67</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_80a8d3c6-86d4-44ce-82da-ad8806fd6ab3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445828 139.82067682 2.00 35.72445831 139.82095316 2.00 35.72468365 139.82095313 2.00 35.72468362 139.82067678 2.00 35.72445828 139.82067682 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.69</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_52ff9b7f-8737-405b-9180-b6822508272b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445831 139.82095316 2.00 35.72445833 139.82122950 2.00 35.72468368 139.82122947 2.00 35.72468365 139.82095313 2.00 35.72445831 139.82095316 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_fa342408-357b-45a6-9b2b-2837bc700952">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445833 139.82122950 2.00 35.72445836 139.82150585 2.00 35.72468370 139.82150581 2.00 35.72468368 139.82122947 2.00 35.72445833 139.82122950 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.92</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8ec6454c-c2ff-4e23-b388-68cf2e4d8f5c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445851 139.82316391 2.00 35.72445854 139.82344025 2.00 35.72468388 139.82344022 2.00 35.72468386 139.82316388 2.00 35.72445851 139.82316391 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.49</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_411e96fb-39e0-40dd-aeed-b4d834db7da9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445854 139.82344025 2.00 35.72445856 139.82371659 2.00 35.72468390 139.82371657 2.00 35.72468388 139.82344022 2.00 35.72445854 139.82344025 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ad81df24-9d36-43a3-a7e5-81bdaf715aec">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445856 139.82371659 2.00 35.72445858 139.82399294 2.00 35.72468392 139.82399291 2.00 35.72468390 139.82371657 2.00 35.72445856 139.82371659 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.45</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_00c2ce38-f449-4909-afb2-50118a8f7f6c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72445858 139.82399294 2.00 35.72445860 139.82426928 2.00 35.72468394 139.82426925 2.00 35.72468392 139.82399291 2.00 35.72445858 139.82399294 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a9f40e22-4e52-4d29-9cd2-a160a1ccd3aa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423258 139.81763709 2.00 35.72423261 139.81791343 2.00 35.72445796 139.81791339 2.00 35.72445792 139.81763704 2.00 35.72423258 139.81763709 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_61c89763-cc33-40ad-926e-e1f110d925c9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423261 139.81791343 2.00 35.72423265 139.81818977 2.00 35.72445799 139.81818973 2.00 35.72445796 139.81791339 2.00 35.72423261 139.81791343 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f5c48c3c-3cb2-45ee-88fc-a2567c101042">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423265 139.81818977 2.00 35.72423268 139.81846612 2.00 35.72445803 139.81846607 2.00 35.72445799 139.81818973 2.00 35.72423265 139.81818977 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_060f231e-b787-475b-81e8-f07726c00cfa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423268 139.81846612 2.00 35.72423272 139.81874246 2.00 35.72445806 139.81874242 2.00 35.72445803 139.81846607 2.00 35.72423268 139.81846612 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4cae0733-6e69-4532-a30c-f0ff9a1a9503">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423272 139.81874246 2.00 35.72423275 139.81901880 2.00 35.72445809 139.81901876 2.00 35.72445806 139.81874242 2.00 35.72423272 139.81874246 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.86</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c02f5473-1403-4176-9d87-6427183ce72a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423275 139.81901880 2.00 35.72423278 139.81929514 2.00 35.72445812 139.81929510 2.00 35.72445809 139.81901876 2.00 35.72423275 139.81901880 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.04</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_77addfee-aa60-4f67-b325-f2d0b5907d46">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423278 139.81929514 2.00 35.72423282 139.81957149 2.00 35.72445816 139.81957145 2.00 35.72445812 139.81929510 2.00 35.72423278 139.81929514 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.20</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_76c3ca27-1a31-41df-af3e-85aac052a2bb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423282 139.81957149 2.00 35.72423285 139.81984783 2.00 35.72445819 139.81984779 2.00 35.72445816 139.81957145 2.00 35.72423282 139.81957149 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_971e50d2-07ad-43db-968d-c48845292daf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423285 139.81984783 2.00 35.72423288 139.82012417 2.00 35.72445822 139.82012413 2.00 35.72445819 139.81984779 2.00 35.72423285 139.81984783 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c70572a5-96dd-4417-83fc-5e577de84bde">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423288 139.82012417 2.00 35.72423291 139.82040051 2.00 35.72445825 139.82040048 2.00 35.72445822 139.82012413 2.00 35.72423288 139.82012417 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_50eb9439-f77b-43c4-8821-84560c511bc3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423291 139.82040051 2.00 35.72423294 139.82067685 2.00 35.72445828 139.82067682 2.00 35.72445825 139.82040048 2.00 35.72423291 139.82040051 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a2fa2da1-b79d-421f-bed5-f06a8870ff0b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423294 139.82067685 2.00 35.72423297 139.82095320 2.00 35.72445831 139.82095316 2.00 35.72445828 139.82067682 2.00 35.72423294 139.82067685 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.47</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2785ae79-322a-4178-99df-4ed38e447adf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423297 139.82095320 2.00 35.72423299 139.82122954 2.00 35.72445833 139.82122950 2.00 35.72445831 139.82095316 2.00 35.72423297 139.82095320 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.61</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0f437e58-3edc-49ee-a7b4-65b4039d7f95">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423299 139.82122954 2.00 35.72423302 139.82150588 2.00 35.72445836 139.82150585 2.00 35.72445833 139.82122950 2.00 35.72423299 139.82122954 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.69</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_148aaf67-9f08-4999-b9c5-59cdd7eddf85">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423317 139.82316394 2.00 35.72423320 139.82344028 2.00 35.72445854 139.82344025 2.00 35.72445851 139.82316391 2.00 35.72423317 139.82316394 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2ba0fcb5-abf9-4204-b9fe-c0f31cf05008">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423320 139.82344028 2.00 35.72423322 139.82371662 2.00 35.72445856 139.82371659 2.00 35.72445854 139.82344025 2.00 35.72423320 139.82344028 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bbf18123-043c-4084-9e47-c7d33d7d937f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423322 139.82371662 2.00 35.72423324 139.82399296 2.00 35.72445858 139.82399294 2.00 35.72445856 139.82371659 2.00 35.72423322 139.82371662 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b46c8f50-f35d-46b5-aaf0-21c3f0972993">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72423324 139.82399296 2.00 35.72423326 139.82426930 2.00 35.72445860 139.82426928 2.00 35.72445858 139.82399294 2.00 35.72423324 139.82399296 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.26</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bc64c2b7-5d36-4dd4-b615-67d1443a868f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400727 139.81791347 2.00 35.72400731 139.81818982 2.00 35.72423265 139.81818977 2.00 35.72423261 139.81791343 2.00 35.72400727 139.81791347 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_518c2c3e-35d7-4efd-934b-1a964e5b2ffa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400731 139.81818982 2.00 35.72400734 139.81846616 2.00 35.72423268 139.81846612 2.00 35.72423265 139.81818977 2.00 35.72400731 139.81818982 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_742ab840-8e7d-4678-89f6-b7d372e844ab">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400734 139.81846616 2.00 35.72400738 139.81874250 2.00 35.72423272 139.81874246 2.00 35.72423268 139.81846612 2.00 35.72400734 139.81846616 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.79</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_05044fc5-86e9-4537-941b-acf969840bce">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400738 139.81874250 2.00 35.72400741 139.81901884 2.00 35.72423275 139.81901880 2.00 35.72423272 139.81874246 2.00 35.72400738 139.81874250 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.82</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_30120131-9672-46e8-b943-7ac6e627411e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400741 139.81901884 2.00 35.72400744 139.81929518 2.00 35.72423278 139.81929514 2.00 35.72423275 139.81901880 2.00 35.72400741 139.81901884 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.93</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8699688d-b416-4efc-9feb-59cb7627c15c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400744 139.81929518 2.00 35.72400747 139.81957152 2.00 35.72423282 139.81957149 2.00 35.72423278 139.81929514 2.00 35.72400744 139.81929518 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.06</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cdf0305f-1851-478a-9ab9-57f65d4b6662">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400747 139.81957152 2.00 35.72400751 139.81984787 2.00 35.72423285 139.81984783 2.00 35.72423282 139.81957149 2.00 35.72400747 139.81957152 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.09</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0a05abc4-763f-4bcd-b271-f85c9aa3a1c4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400751 139.81984787 2.00 35.72400754 139.82012421 2.00 35.72423288 139.82012417 2.00 35.72423285 139.81984783 2.00 35.72400751 139.81984787 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.05</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_df22e941-a6f9-4c6c-aae0-5bafd1aee35d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400754 139.82012421 2.00 35.72400757 139.82040055 2.00 35.72423291 139.82040051 2.00 35.72423288 139.82012417 2.00 35.72400754 139.82012421 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.03</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_82f36d77-cbac-452c-80e2-1bf9c066d12a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400757 139.82040055 2.00 35.72400760 139.82067689 2.00 35.72423294 139.82067685 2.00 35.72423291 139.82040051 2.00 35.72400757 139.82040055 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.13</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3129c1f2-49ad-48dc-909d-7bc31f59ff3d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400760 139.82067689 2.00 35.72400762 139.82095323 2.00 35.72423297 139.82095320 2.00 35.72423294 139.82067685 2.00 35.72400760 139.82067689 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.36</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_21e7d9b2-b9ef-4d7e-846e-1708264153fc">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400762 139.82095323 2.00 35.72400765 139.82122957 2.00 35.72423299 139.82122954 2.00 35.72423297 139.82095320 2.00 35.72400762 139.82095323 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_904372c7-3a7d-4dde-9198-3c38f7c74409">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400765 139.82122957 2.00 35.72400768 139.82150591 2.00 35.72423302 139.82150588 2.00 35.72423299 139.82122954 2.00 35.72400765 139.82122957 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.62</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4c8a2c0e-354f-49c6-8333-db30f2d4d6ba">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400783 139.82316396 2.00 35.72400785 139.82344031 2.00 35.72423320 139.82344028 2.00 35.72423317 139.82316394 2.00 35.72400783 139.82316396 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cee66b45-6f75-4144-aa8a-8e05a8e122d8">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400785 139.82344031 2.00 35.72400788 139.82371665 2.00 35.72423322 139.82371662 2.00 35.72423320 139.82344028 2.00 35.72400785 139.82344031 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8ee220a9-cd58-474c-80dc-8ca22c9025d5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400788 139.82371665 2.00 35.72400790 139.82399299 2.00 35.72423324 139.82399296 2.00 35.72423322 139.82371662 2.00 35.72400788 139.82371665 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.03</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_21d4432d-6cd4-498b-a4f9-fcabbbabe830">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72400790 139.82399299 2.00 35.72400792 139.82426933 2.00 35.72423326 139.82426930 2.00 35.72423324 139.82399296 2.00 35.72400790 139.82399299 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.93</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a1793c14-c130-4dff-ae20-85cdaec51caa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378193 139.81791352 2.00 35.72378197 139.81818986 2.00 35.72400731 139.81818982 2.00 35.72400727 139.81791347 2.00 35.72378193 139.81791352 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.09</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_06b80f3d-3d82-4231-bca1-7de91081aff9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378197 139.81818986 2.00 35.72378200 139.81846620 2.00 35.72400734 139.81846616 2.00 35.72400731 139.81818982 2.00 35.72378197 139.81818986 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.48</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_209b0890-371a-4c58-aa92-8a603d4c3939">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378200 139.81846620 2.00 35.72378203 139.81874254 2.00 35.72400738 139.81874250 2.00 35.72400734 139.81846616 2.00 35.72378200 139.81846620 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.75</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3a27e142-2d13-466c-b095-a084c9b3bee7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378203 139.81874254 2.00 35.72378207 139.81901888 2.00 35.72400741 139.81901884 2.00 35.72400738 139.81874250 2.00 35.72378203 139.81874254 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.70</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f032282a-e8d6-439b-969c-1623480a3f8b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378207 139.81901888 2.00 35.72378210 139.81929522 2.00 35.72400744 139.81929518 2.00 35.72400741 139.81901884 2.00 35.72378207 139.81901888 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.74</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8e42a1eb-d4bc-4924-a5de-3a8e7fb313ff">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378210 139.81929522 2.00 35.72378213 139.81957156 2.00 35.72400747 139.81957152 2.00 35.72400744 139.81929518 2.00 35.72378210 139.81929522 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.89</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_92198908-0a85-4676-b1cb-17cf71377a8b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378213 139.81957156 2.00 35.72378216 139.81984790 2.00 35.72400751 139.81984787 2.00 35.72400747 139.81957152 2.00 35.72378213 139.81957156 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.96</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3091fb04-e126-4a07-b237-10a8cf70eadb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378216 139.81984790 2.00 35.72378219 139.82012424 2.00 35.72400754 139.82012421 2.00 35.72400751 139.81984787 2.00 35.72378216 139.81984790 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.96</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_496be09e-8c2b-4631-b62a-5a93409b5bc4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378219 139.82012424 2.00 35.72378222 139.82040058 2.00 35.72400757 139.82040055 2.00 35.72400754 139.82012421 2.00 35.72378219 139.82012424 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.99</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c36cad74-afa9-4f3b-bfe4-a71ee3ef8097">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378222 139.82040058 2.00 35.72378225 139.82067693 2.00 35.72400760 139.82067689 2.00 35.72400757 139.82040055 2.00 35.72378222 139.82040058 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_54640280-4809-4e89-827e-1b7f681f4fcc">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378225 139.82067693 2.00 35.72378228 139.82095327 2.00 35.72400762 139.82095323 2.00 35.72400760 139.82067689 2.00 35.72378225 139.82067693 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a24b12f5-4b92-4c14-99b1-7847a3c5c9ec">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378228 139.82095327 2.00 35.72378231 139.82122961 2.00 35.72400765 139.82122957 2.00 35.72400762 139.82095323 2.00 35.72378228 139.82095327 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_79ec2d37-72b9-4809-9d8b-067cfdb9790b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378231 139.82122961 2.00 35.72378234 139.82150595 2.00 35.72400768 139.82150591 2.00 35.72400765 139.82122957 2.00 35.72378231 139.82122961 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.67</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6707e846-7208-4ce7-acce-f33a55b664ca">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378249 139.82316399 2.00 35.72378251 139.82344033 2.00 35.72400785 139.82344031 2.00 35.72400783 139.82316396 2.00 35.72378249 139.82316399 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.48</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5553cb1e-30f5-4dea-a8d6-0d0954bfbd89">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378251 139.82344033 2.00 35.72378254 139.82371667 2.00 35.72400788 139.82371665 2.00 35.72400785 139.82344031 2.00 35.72378251 139.82344033 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.09</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d931b23b-a6f2-4c76-badf-e0e8147ba933">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378254 139.82371667 2.00 35.72378256 139.82399301 2.00 35.72400790 139.82399299 2.00 35.72400788 139.82371665 2.00 35.72378254 139.82371667 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.90</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_011c524e-2272-4fad-9700-db2061158936">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72378256 139.82399301 2.00 35.72378258 139.82426936 2.00 35.72400792 139.82426933 2.00 35.72400790 139.82399299 2.00 35.72378256 139.82399301 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.87</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_55c0cdf9-9328-4ae0-9c4e-c5f95d288da3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355663 139.81818990 2.00 35.72355666 139.81846624 2.00 35.72378200 139.81846620 2.00 35.72378197 139.81818986 2.00 35.72355663 139.81818990 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dfc2ea47-b16e-4e04-a3d4-9a0ff4738407">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355666 139.81846624 2.00 35.72355669 139.81874258 2.00 35.72378203 139.81874254 2.00 35.72378200 139.81846620 2.00 35.72355666 139.81846624 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.65</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bc909b63-ea79-4e06-b27d-16f6d7fc45f3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355669 139.81874258 2.00 35.72355673 139.81901892 2.00 35.72378207 139.81901888 2.00 35.72378203 139.81874254 2.00 35.72355669 139.81874258 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.63</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_49336160-8783-4364-bc0a-ebef11690a09">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355673 139.81901892 2.00 35.72355676 139.81929526 2.00 35.72378210 139.81929522 2.00 35.72378207 139.81901888 2.00 35.72355673 139.81901892 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e8fa1940-c2a9-4f59-ad15-36e4459fbcf6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355676 139.81929526 2.00 35.72355679 139.81957160 2.00 35.72378213 139.81957156 2.00 35.72378210 139.81929522 2.00 35.72355676 139.81929526 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.81</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6bb8844b-531b-47bd-be1a-6aec71eed54a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355679 139.81957160 2.00 35.72355682 139.81984794 2.00 35.72378216 139.81984790 2.00 35.72378213 139.81957156 2.00 35.72355679 139.81957160 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.95</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c5132b42-0732-428a-85ec-035b9ef8219e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355682 139.81984794 2.00 35.72355685 139.82012428 2.00 35.72378219 139.82012424 2.00 35.72378216 139.81984790 2.00 35.72355682 139.81984794 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_908cf77f-de78-4aa7-a121-d2b649c41bf3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355685 139.82012428 2.00 35.72355688 139.82040062 2.00 35.72378222 139.82040058 2.00 35.72378219 139.82012424 2.00 35.72355685 139.82012428 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.04</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6ebf6a1d-e2b9-48d6-8692-06696ed80cf2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355688 139.82040062 2.00 35.72355691 139.82067696 2.00 35.72378225 139.82067693 2.00 35.72378222 139.82040058 2.00 35.72355688 139.82040062 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.16</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cb2bf235-d0c1-4cd9-98d0-f8ab0c0a062a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355691 139.82067696 2.00 35.72355694 139.82095330 2.00 35.72378228 139.82095327 2.00 35.72378225 139.82067693 2.00 35.72355691 139.82067696 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.39</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_46582c97-514a-415c-b07e-ae96c25f5192">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355694 139.82095330 2.00 35.72355697 139.82122964 2.00 35.72378231 139.82122961 2.00 35.72378228 139.82095327 2.00 35.72355694 139.82095330 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d941026a-733b-4822-88e4-6aa1b72cb089">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355697 139.82122964 2.00 35.72355700 139.82150598 2.00 35.72378234 139.82150595 2.00 35.72378231 139.82122961 2.00 35.72355697 139.82122964 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.65</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_fd413ff8-3d11-448a-89be-bf54d06ce464">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355715 139.82316402 2.00 35.72355717 139.82344036 2.00 35.72378251 139.82344033 2.00 35.72378249 139.82316399 2.00 35.72355715 139.82316402 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.67</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_80592f37-11fa-4653-814f-42e9002a72e7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355717 139.82344036 2.00 35.72355719 139.82371670 2.00 35.72378254 139.82371667 2.00 35.72378251 139.82344033 2.00 35.72355717 139.82344036 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_fe2ca458-9e48-40e9-9459-8b2b0e7fb90b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355719 139.82371670 2.00 35.72355722 139.82399304 2.00 35.72378256 139.82399301 2.00 35.72378254 139.82371667 2.00 35.72355719 139.82371670 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_56cb0c53-bcd4-44d0-8dc8-1ea30e48c09b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72355722 139.82399304 2.00 35.72355724 139.82426938 2.00 35.72378258 139.82426936 2.00 35.72378256 139.82399301 2.00 35.72355722 139.82399304 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_21c371b6-8f1f-4599-a3ff-21f667849bf6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333128 139.81818994 2.00 35.72333132 139.81846628 2.00 35.72355666 139.81846624 2.00 35.72355663 139.81818990 2.00 35.72333128 139.81818994 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3a91e021-489d-4726-b15e-2276752cef82">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333132 139.81846628 2.00 35.72333135 139.81874262 2.00 35.72355669 139.81874258 2.00 35.72355666 139.81846624 2.00 35.72333132 139.81846628 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bbda19f2-9b83-43dd-b275-58254001e7a9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333135 139.81874262 2.00 35.72333139 139.81901896 2.00 35.72355673 139.81901892 2.00 35.72355669 139.81874258 2.00 35.72333135 139.81874262 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7e27d3d8-1bc9-41c4-a3f8-cbffb2314ec8">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333139 139.81901896 2.00 35.72333142 139.81929530 2.00 35.72355676 139.81929526 2.00 35.72355673 139.81901892 2.00 35.72333139 139.81901896 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.58</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d8e68a94-dcea-4862-ba35-6f7077ddd86b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333142 139.81929530 2.00 35.72333145 139.81957164 2.00 35.72355679 139.81957160 2.00 35.72355676 139.81929526 2.00 35.72333142 139.81929530 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.78</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_440fa60d-aaa1-4d6a-a391-d1251e385925">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333145 139.81957164 2.00 35.72333148 139.81984798 2.00 35.72355682 139.81984794 2.00 35.72355679 139.81957160 2.00 35.72333145 139.81957164 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.97</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4c390f8b-350a-4fda-9405-0598ffcbcc50">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333148 139.81984798 2.00 35.72333151 139.82012432 2.00 35.72355685 139.82012428 2.00 35.72355682 139.81984794 2.00 35.72333148 139.81984798 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bfce2cfb-8be8-4c1f-802f-82e71ccddf9e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333151 139.82012432 2.00 35.72333154 139.82040066 2.00 35.72355688 139.82040062 2.00 35.72355685 139.82012428 2.00 35.72333151 139.82012432 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.05</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_82960a9d-fbf7-434a-b86e-468ebc871a3d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333154 139.82040066 2.00 35.72333157 139.82067700 2.00 35.72355691 139.82067696 2.00 35.72355688 139.82040062 2.00 35.72333154 139.82040066 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_15e066ba-c966-49b9-92b8-5cb24a016320">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333157 139.82067700 2.00 35.72333160 139.82095334 2.00 35.72355694 139.82095330 2.00 35.72355691 139.82067696 2.00 35.72333157 139.82067700 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.50</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_02e02425-800f-4c7b-8932-d50f392f92c3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333160 139.82095334 2.00 35.72333163 139.82122968 2.00 35.72355697 139.82122964 2.00 35.72355694 139.82095330 2.00 35.72333160 139.82095334 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b2268369-f4fc-4e92-871b-39e57dd218a6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333163 139.82122968 2.00 35.72333166 139.82150601 2.00 35.72355700 139.82150598 2.00 35.72355697 139.82122964 2.00 35.72333163 139.82122968 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.48</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_294c7265-9267-44ec-8808-8d6781348833">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333166 139.82150601 2.00 35.72333168 139.82178235 2.00 35.72355702 139.82178232 2.00 35.72355700 139.82150598 2.00 35.72333166 139.82150601 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.82</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_136deb1f-9cfd-4145-9b95-117176e01cd5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333183 139.82344039 2.00 35.72333185 139.82371673 2.00 35.72355719 139.82371670 2.00 35.72355717 139.82344036 2.00 35.72333183 139.82344039 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4a07b594-6074-4021-9989-1f0e68ec1533">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333185 139.82371673 2.00 35.72333187 139.82399307 2.00 35.72355722 139.82399304 2.00 35.72355719 139.82371670 2.00 35.72333185 139.82371673 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.26</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ed5366e9-3a6c-4fc7-b2d5-a5060b972cb3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72333187 139.82399307 2.00 35.72333190 139.82426941 2.00 35.72355724 139.82426938 2.00 35.72355722 139.82399304 2.00 35.72333187 139.82399307 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.17</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_102f8460-4ac7-46e5-97fe-8f96b4253c95">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310594 139.81818999 2.00 35.72310598 139.81846633 2.00 35.72333132 139.81846628 2.00 35.72333128 139.81818994 2.00 35.72310594 139.81818999 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9f4b20d8-2c14-4920-9a4e-29257c2ab7bc">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310598 139.81846633 2.00 35.72310601 139.81874266 2.00 35.72333135 139.81874262 2.00 35.72333132 139.81846628 2.00 35.72310598 139.81846633 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9d97f90b-f3e3-48d3-9b78-5c68aa16d0a3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310601 139.81874266 2.00 35.72310604 139.81901900 2.00 35.72333139 139.81901896 2.00 35.72333135 139.81874262 2.00 35.72310601 139.81874266 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.58</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8b7b87d8-1501-434a-8245-dcd023c9dbb3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310604 139.81901900 2.00 35.72310608 139.81929534 2.00 35.72333142 139.81929530 2.00 35.72333139 139.81901896 2.00 35.72310604 139.81901900 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b9a01404-98df-4610-bac9-d159df649ba5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310608 139.81929534 2.00 35.72310611 139.81957168 2.00 35.72333145 139.81957164 2.00 35.72333142 139.81929530 2.00 35.72310608 139.81929534 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.71</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_aa3d261c-5ae1-4d18-8aff-dc7061ee75d1">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310611 139.81957168 2.00 35.72310614 139.81984802 2.00 35.72333148 139.81984798 2.00 35.72333145 139.81957164 2.00 35.72310611 139.81957168 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.89</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_10ae3331-3758-4611-9a20-eaa47c78acd5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310614 139.81984802 2.00 35.72310617 139.82012436 2.00 35.72333151 139.82012432 2.00 35.72333148 139.81984798 2.00 35.72310614 139.81984802 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.95</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b08b4ef0-9045-49df-ad7f-2016e38a5e51">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310617 139.82012436 2.00 35.72310620 139.82040069 2.00 35.72333154 139.82040066 2.00 35.72333151 139.82012432 2.00 35.72310617 139.82012436 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.06</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_658808af-7b8a-46d0-8293-1c74b8385e9b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310620 139.82040069 2.00 35.72310623 139.82067703 2.00 35.72333157 139.82067700 2.00 35.72333154 139.82040066 2.00 35.72310620 139.82040069 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ce392b68-d35a-403f-8726-cf7441da3903">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310623 139.82067703 2.00 35.72310626 139.82095337 2.00 35.72333160 139.82095334 2.00 35.72333157 139.82067700 2.00 35.72310623 139.82067703 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_738dd71d-da22-452a-a061-f6f66e9dc69e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310626 139.82095337 2.00 35.72310629 139.82122971 2.00 35.72333163 139.82122968 2.00 35.72333160 139.82095334 2.00 35.72310626 139.82095337 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.45</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_15a5134b-faaa-4c36-9ab8-b2dc7731b116">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310629 139.82122971 2.00 35.72310631 139.82150605 2.00 35.72333166 139.82150601 2.00 35.72333163 139.82122968 2.00 35.72310629 139.82122971 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_28f6b771-fd1f-4b61-9bb3-55acdc813105">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310631 139.82150605 2.00 35.72310634 139.82178239 2.00 35.72333168 139.82178235 2.00 35.72333166 139.82150601 2.00 35.72310631 139.82150605 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_151ab5e0-9b27-4653-bca8-fe2f7ead8025">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310649 139.82344042 2.00 35.72310651 139.82371676 2.00 35.72333185 139.82371673 2.00 35.72333183 139.82344039 2.00 35.72310649 139.82344042 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0357a080-94b0-4894-9605-26b99ae60f29">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310651 139.82371676 2.00 35.72310653 139.82399309 2.00 35.72333187 139.82399307 2.00 35.72333185 139.82371673 2.00 35.72310651 139.82371676 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1a2b34e7-616f-4960-9287-9cd0d62601f7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72310653 139.82399309 2.00 35.72310655 139.82426943 2.00 35.72333190 139.82426941 2.00 35.72333187 139.82399307 2.00 35.72310653 139.82399309 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.36</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_630dffaa-b85b-4e02-9788-fbc7d06533c9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288060 139.81819003 2.00 35.72288064 139.81846637 2.00 35.72310598 139.81846633 2.00 35.72310594 139.81818999 2.00 35.72288060 139.81819003 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.19</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_498353ef-5c61-485e-baa2-3bcfa602af37">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288064 139.81846637 2.00 35.72288067 139.81874270 2.00 35.72310601 139.81874266 2.00 35.72310598 139.81846633 2.00 35.72288064 139.81846637 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.61</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_701eece4-2ba9-4a2c-85aa-6af9b8e12efa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288067 139.81874270 2.00 35.72288070 139.81901904 2.00 35.72310604 139.81901900 2.00 35.72310601 139.81874266 2.00 35.72288067 139.81874270 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c08ae052-bf8d-4682-910f-2910dd1e0b58">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288070 139.81901904 2.00 35.72288074 139.81929538 2.00 35.72310608 139.81929534 2.00 35.72310604 139.81901900 2.00 35.72288070 139.81901904 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.68</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_20bcff9c-796e-4d87-ab8d-297dc83ea5c3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288074 139.81929538 2.00 35.72288077 139.81957172 2.00 35.72310611 139.81957168 2.00 35.72310608 139.81929534 2.00 35.72288074 139.81929538 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.70</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3014a959-d2c0-4532-89f9-53509af77025">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288077 139.81957172 2.00 35.72288080 139.81984806 2.00 35.72310614 139.81984802 2.00 35.72310611 139.81957168 2.00 35.72288077 139.81957172 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.79</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_61275ba6-4dc7-4d31-867a-c4e8e69fa69d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288080 139.81984806 2.00 35.72288083 139.82012439 2.00 35.72310617 139.82012436 2.00 35.72310614 139.81984802 2.00 35.72288080 139.81984806 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.90</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_52ee3703-9b38-4c84-bd79-e7e2d20b52ca">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288083 139.82012439 2.00 35.72288086 139.82040073 2.00 35.72310620 139.82040069 2.00 35.72310617 139.82012436 2.00 35.72288083 139.82012439 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_961e7987-0ebd-4921-b920-83355e609d48">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288086 139.82040073 2.00 35.72288089 139.82067707 2.00 35.72310623 139.82067703 2.00 35.72310620 139.82040069 2.00 35.72288086 139.82040073 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.39</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9f8abf79-31bb-4cc1-b41a-51016121462c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288089 139.82067707 2.00 35.72288092 139.82095341 2.00 35.72310626 139.82095337 2.00 35.72310623 139.82067703 2.00 35.72288089 139.82067707 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.51</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_19718321-3920-4a70-8451-31378be7bb9f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288092 139.82095341 2.00 35.72288095 139.82122974 2.00 35.72310629 139.82122971 2.00 35.72310626 139.82095337 2.00 35.72288092 139.82095341 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a8afe249-38a2-4865-8ac7-039b9528900e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288095 139.82122974 2.00 35.72288097 139.82150608 2.00 35.72310631 139.82150605 2.00 35.72310629 139.82122971 2.00 35.72288095 139.82122974 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.20</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_eb96525d-e456-4ac0-9515-0db7daa6d622">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288097 139.82150608 2.00 35.72288100 139.82178242 2.00 35.72310634 139.82178239 2.00 35.72310631 139.82150605 2.00 35.72288097 139.82150608 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.47</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7a2b0ee5-bac4-4aed-8281-ce98533ef9b0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288115 139.82344044 2.00 35.72288117 139.82371678 2.00 35.72310651 139.82371676 2.00 35.72310649 139.82344042 2.00 35.72288115 139.82344044 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.80</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_25360189-f22b-4868-a061-4d555ab9d74c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288117 139.82371678 2.00 35.72288119 139.82399312 2.00 35.72310653 139.82399309 2.00 35.72310651 139.82371676 2.00 35.72288117 139.82371678 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.76</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_028b6812-aea5-4aeb-8952-ffed2a274524">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72288119 139.82399312 2.00 35.72288121 139.82426946 2.00 35.72310655 139.82426943 2.00 35.72310653 139.82399309 2.00 35.72288119 139.82399312 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_78956db3-2e0a-4b43-838e-057b1f532325">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265526 139.81819007 2.00 35.72265529 139.81846641 2.00 35.72288064 139.81846637 2.00 35.72288060 139.81819003 2.00 35.72265526 139.81819007 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_535f98e7-e6bf-4105-9f5d-659571c4d92e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265529 139.81846641 2.00 35.72265533 139.81874275 2.00 35.72288067 139.81874270 2.00 35.72288064 139.81846637 2.00 35.72265529 139.81846641 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2a6fd97b-d456-4e2b-8f54-e1b7704ce823">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265533 139.81874275 2.00 35.72265536 139.81901908 2.00 35.72288070 139.81901904 2.00 35.72288067 139.81874270 2.00 35.72265533 139.81874275 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.93</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e82c8dff-bc63-42fb-9e88-6678dee53bd9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265536 139.81901908 2.00 35.72265539 139.81929542 2.00 35.72288074 139.81929538 2.00 35.72288070 139.81901904 2.00 35.72265536 139.81901908 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.88</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7213a0dd-3b81-46ca-8489-436f22dbedcc">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265539 139.81929542 2.00 35.72265543 139.81957176 2.00 35.72288077 139.81957172 2.00 35.72288074 139.81929538 2.00 35.72265539 139.81929542 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.79</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0dd77e3e-8f40-4476-954c-739a2ce5ac4f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265543 139.81957176 2.00 35.72265546 139.81984809 2.00 35.72288080 139.81984806 2.00 35.72288077 139.81957172 2.00 35.72265543 139.81957176 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.77</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_52e6a06d-d3e2-4c7f-a051-6f61973346a0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265546 139.81984809 2.00 35.72265549 139.82012443 2.00 35.72288083 139.82012439 2.00 35.72288080 139.81984806 2.00 35.72265546 139.81984809 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.87</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_47a8d668-32c9-4b11-a7e8-fc24ef4953d0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265549 139.82012443 2.00 35.72265552 139.82040077 2.00 35.72288086 139.82040073 2.00 35.72288083 139.82012439 2.00 35.72265549 139.82012443 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.08</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_66be32fa-e9f1-470f-b30b-e1dbb8eacca2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265552 139.82040077 2.00 35.72265555 139.82067710 2.00 35.72288089 139.82067707 2.00 35.72288086 139.82040073 2.00 35.72265552 139.82040077 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.34</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_232ecc21-3662-437f-8cab-998be405ea67">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265555 139.82067710 2.00 35.72265558 139.82095344 2.00 35.72288092 139.82095341 2.00 35.72288089 139.82067707 2.00 35.72265555 139.82067710 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.41</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_10b36e81-dd0a-4f19-92a7-fff79e017e19">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265558 139.82095344 2.00 35.72265560 139.82122978 2.00 35.72288095 139.82122974 2.00 35.72288092 139.82095341 2.00 35.72265558 139.82095344 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.26</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0236d591-d5d6-47a9-84e1-ee2d230247be">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265560 139.82122978 2.00 35.72265563 139.82150611 2.00 35.72288097 139.82150608 2.00 35.72288095 139.82122974 2.00 35.72265560 139.82122978 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d529bc11-2f76-4163-8c5e-ef929511adee">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265563 139.82150611 2.00 35.72265566 139.82178245 2.00 35.72288100 139.82178242 2.00 35.72288097 139.82150608 2.00 35.72265563 139.82150611 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.48</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_43df4822-8526-41da-93b9-7bed461c91da">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265581 139.82344047 2.00 35.72265583 139.82371681 2.00 35.72288117 139.82371678 2.00 35.72288115 139.82344044 2.00 35.72265581 139.82344047 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.79</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_31913690-4784-4149-bd74-0453dadabaf7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265583 139.82371681 2.00 35.72265585 139.82399315 2.00 35.72288119 139.82399312 2.00 35.72288117 139.82371678 2.00 35.72265583 139.82371681 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.76</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b3b422d4-8ce9-4ddd-bbf6-408e22f4323e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72265585 139.82399315 2.00 35.72265587 139.82426948 2.00 35.72288121 139.82426946 2.00 35.72288119 139.82399312 2.00 35.72265585 139.82399315 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_17203aaa-b864-4434-b3fd-e657c207bc0f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242992 139.81819011 2.00 35.72242995 139.81846645 2.00 35.72265529 139.81846641 2.00 35.72265526 139.81819007 2.00 35.72242992 139.81819011 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6a89366e-43cd-4dfe-833d-400c2c753bb4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242995 139.81846645 2.00 35.72242999 139.81874279 2.00 35.72265533 139.81874275 2.00 35.72265529 139.81846641 2.00 35.72242995 139.81846645 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.78</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1e19f059-f1cd-4d6c-9779-8d1b050df7db">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72242999 139.81874279 2.00 35.72243002 139.81901912 2.00 35.72265536 139.81901908 2.00 35.72265533 139.81874275 2.00 35.72242999 139.81874279 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.06</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0936ad97-badc-46dd-9f14-da4f6a36ed2c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243002 139.81901912 2.00 35.72243005 139.81929546 2.00 35.72265539 139.81929542 2.00 35.72265536 139.81901908 2.00 35.72243002 139.81901912 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.08</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0a9e9310-101b-4adf-a579-0af2d28427cc">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243005 139.81929546 2.00 35.72243008 139.81957180 2.00 35.72265543 139.81957176 2.00 35.72265539 139.81929542 2.00 35.72243005 139.81929546 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.97</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a925588e-b478-487a-9984-6eee7af35843">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243008 139.81957180 2.00 35.72243012 139.81984813 2.00 35.72265546 139.81984809 2.00 35.72265543 139.81957176 2.00 35.72243008 139.81957180 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.88</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a4248bec-0db0-4be6-9964-8fd4eba28a3c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243012 139.81984813 2.00 35.72243015 139.82012447 2.00 35.72265549 139.82012443 2.00 35.72265546 139.81984809 2.00 35.72243012 139.81984813 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.90</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_50f4ce5e-03e0-4705-a621-880e336389a7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243015 139.82012447 2.00 35.72243018 139.82040080 2.00 35.72265552 139.82040077 2.00 35.72265549 139.82012443 2.00 35.72243015 139.82012447 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.05</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c8bd4486-bc5e-4dcc-8e8b-a75b5bf869dc">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243018 139.82040080 2.00 35.72243021 139.82067714 2.00 35.72265555 139.82067710 2.00 35.72265552 139.82040077 2.00 35.72243018 139.82040080 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4f835184-4f0c-486a-9a7e-30ed1bd73010">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243021 139.82067714 2.00 35.72243023 139.82095348 2.00 35.72265558 139.82095344 2.00 35.72265555 139.82067710 2.00 35.72243021 139.82067714 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.41</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e166c859-fef8-4c8b-8064-b80101c300db">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243023 139.82095348 2.00 35.72243026 139.82122981 2.00 35.72265560 139.82122978 2.00 35.72265558 139.82095344 2.00 35.72243023 139.82095348 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8fef878f-4f0e-441d-9f67-9b0c920ee24b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243026 139.82122981 2.00 35.72243029 139.82150615 2.00 35.72265563 139.82150611 2.00 35.72265560 139.82122978 2.00 35.72243026 139.82122981 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_565eed34-2558-4412-8bde-1ae1434e16e9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243029 139.82150615 2.00 35.72243032 139.82178248 2.00 35.72265566 139.82178245 2.00 35.72265563 139.82150611 2.00 35.72243029 139.82150615 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.51</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f012b58f-d087-4b95-b1d1-ea8f7a3ced13">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243046 139.82344050 2.00 35.72243049 139.82371684 2.00 35.72265583 139.82371681 2.00 35.72265581 139.82344047 2.00 35.72243046 139.82344050 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2c81b473-f3c0-449b-9c15-0fd8ae50d79a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243049 139.82371684 2.00 35.72243051 139.82399317 2.00 35.72265585 139.82399315 2.00 35.72265583 139.82371681 2.00 35.72243049 139.82371684 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d62f3ae6-b633-4b22-b0b7-685f5f096075">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72243051 139.82399317 2.00 35.72243053 139.82426951 2.00 35.72265587 139.82426948 2.00 35.72265585 139.82399315 2.00 35.72243051 139.82399317 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.37</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1a96161a-f925-497b-90f8-13a375807b3c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220458 139.81819016 2.00 35.72220461 139.81846649 2.00 35.72242995 139.81846645 2.00 35.72242992 139.81819011 2.00 35.72220458 139.81819016 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1cdf7011-2c7e-4758-b5e4-00494f37741f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220461 139.81846649 2.00 35.72220465 139.81874283 2.00 35.72242999 139.81874279 2.00 35.72242995 139.81846645 2.00 35.72220461 139.81846649 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d74df14c-3dd4-44cb-99be-e5e3b4e4d38a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220465 139.81874283 2.00 35.72220468 139.81901916 2.00 35.72243002 139.81901912 2.00 35.72242999 139.81874279 2.00 35.72220465 139.81874283 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.03</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_20f0c25f-5c28-4a4f-b4c6-18724a95dc6d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220468 139.81901916 2.00 35.72220471 139.81929550 2.00 35.72243005 139.81929546 2.00 35.72243002 139.81901912 2.00 35.72220468 139.81901916 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.15</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9d0a3045-650b-4106-9db7-fbbb6f0beed7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220471 139.81929550 2.00 35.72220474 139.81957183 2.00 35.72243008 139.81957180 2.00 35.72243005 139.81929546 2.00 35.72220471 139.81929550 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.11</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b9a6e2cc-9fe1-40ae-be3a-d6d0775539ea">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220474 139.81957183 2.00 35.72220477 139.81984817 2.00 35.72243012 139.81984813 2.00 35.72243008 139.81957180 2.00 35.72220474 139.81957183 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.00</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7a5a057d-9b87-47a4-851c-48b702928b10">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220477 139.81984817 2.00 35.72220480 139.82012450 2.00 35.72243015 139.82012447 2.00 35.72243012 139.81984813 2.00 35.72220477 139.81984817 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.99</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3bc6c59c-62c6-4302-aba4-5c0ee4536bf7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220480 139.82012450 2.00 35.72220483 139.82040084 2.00 35.72243018 139.82040080 2.00 35.72243015 139.82012447 2.00 35.72220480 139.82012450 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2b4e8535-8b08-4248-ace8-cb0ec05af225">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220483 139.82040084 2.00 35.72220486 139.82067718 2.00 35.72243021 139.82067714 2.00 35.72243018 139.82040080 2.00 35.72220483 139.82040084 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dca5a963-d836-4ad0-8f97-80bf1a5fdd8f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220486 139.82067718 2.00 35.72220489 139.82095351 2.00 35.72243023 139.82095348 2.00 35.72243021 139.82067714 2.00 35.72220486 139.82067718 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dac189a8-f4ec-4727-8aba-82975521c343">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220489 139.82095351 2.00 35.72220492 139.82122985 2.00 35.72243026 139.82122981 2.00 35.72243023 139.82095348 2.00 35.72220489 139.82095351 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e32659fd-657b-444d-b610-de2002839f23">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220492 139.82122985 2.00 35.72220495 139.82150618 2.00 35.72243029 139.82150615 2.00 35.72243026 139.82122981 2.00 35.72220492 139.82122985 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a680ccb8-3dc2-46eb-beca-dcd54e7af243">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220495 139.82150618 2.00 35.72220498 139.82178252 2.00 35.72243032 139.82178248 2.00 35.72243029 139.82150615 2.00 35.72220495 139.82150618 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e376ae88-c228-4b5c-bad6-1240d71aa424">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220512 139.82344053 2.00 35.72220515 139.82371686 2.00 35.72243049 139.82371684 2.00 35.72243046 139.82344050 2.00 35.72220512 139.82344053 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.37</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8b55b7ea-24a2-4d95-b335-3610a371c028">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220515 139.82371686 2.00 35.72220517 139.82399320 2.00 35.72243051 139.82399317 2.00 35.72243049 139.82371684 2.00 35.72220515 139.82371686 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_33140dc8-ba58-4662-b0cc-dc5a8389c296">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72220517 139.82399320 2.00 35.72220519 139.82426953 2.00 35.72243053 139.82426951 2.00 35.72243051 139.82399317 2.00 35.72220517 139.82399320 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.24</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_787affc4-7dd3-41a1-be9d-05a2932ab678">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197924 139.81819020 2.00 35.72197927 139.81846653 2.00 35.72220461 139.81846649 2.00 35.72220458 139.81819016 2.00 35.72197924 139.81819020 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.03</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_628d8311-9b60-447b-96fe-ed19343752c1">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197927 139.81846653 2.00 35.72197930 139.81874287 2.00 35.72220465 139.81874283 2.00 35.72220461 139.81846649 2.00 35.72197927 139.81846653 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6909b772-243e-4a45-a001-f32181ff470c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197930 139.81874287 2.00 35.72197934 139.81901920 2.00 35.72220468 139.81901916 2.00 35.72220465 139.81874283 2.00 35.72197930 139.81874287 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.84</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a7c48ecd-8f72-4c2c-9f3a-bacaaf959201">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197934 139.81901920 2.00 35.72197937 139.81929554 2.00 35.72220471 139.81929550 2.00 35.72220468 139.81901916 2.00 35.72197934 139.81901920 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.06</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0751963b-de51-40bf-9591-f8cba7400782">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197937 139.81929554 2.00 35.72197940 139.81957187 2.00 35.72220474 139.81957183 2.00 35.72220471 139.81929550 2.00 35.72197937 139.81929554 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.11</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1854e8f4-4bf1-45aa-aedb-509c3391ea18">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197940 139.81957187 2.00 35.72197943 139.81984821 2.00 35.72220477 139.81984817 2.00 35.72220474 139.81957183 2.00 35.72197940 139.81957187 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.04</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4797140b-9e83-4289-aea5-b3ee10ade634">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197943 139.81984821 2.00 35.72197946 139.82012454 2.00 35.72220480 139.82012450 2.00 35.72220477 139.81984817 2.00 35.72197943 139.81984821 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_df760046-ad58-4a3a-ab61-9b68b2b1244e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197946 139.82012454 2.00 35.72197949 139.82040088 2.00 35.72220483 139.82040084 2.00 35.72220480 139.82012450 2.00 35.72197946 139.82012454 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4ba73f57-882f-4c5c-877a-cc5b5ef40b9a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197949 139.82040088 2.00 35.72197952 139.82067721 2.00 35.72220486 139.82067718 2.00 35.72220483 139.82040084 2.00 35.72197949 139.82040088 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.42</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_89d8e794-0359-439c-80f5-e0acdf1fd3ea">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197952 139.82067721 2.00 35.72197955 139.82095355 2.00 35.72220489 139.82095351 2.00 35.72220486 139.82067718 2.00 35.72197952 139.82067721 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c9f35a09-f41d-4cce-ad63-a42566df7ff0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197955 139.82095355 2.00 35.72197958 139.82122988 2.00 35.72220492 139.82122985 2.00 35.72220489 139.82095351 2.00 35.72197955 139.82095355 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.55</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b7ccf124-b8f8-470c-8fb2-432d0783019a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197958 139.82122988 2.00 35.72197961 139.82150621 2.00 35.72220495 139.82150618 2.00 35.72220492 139.82122985 2.00 35.72197958 139.82122988 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_382ab653-290c-4196-9da3-0db3b8c3b9f5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197961 139.82150621 2.00 35.72197963 139.82178255 2.00 35.72220498 139.82178252 2.00 35.72220495 139.82150618 2.00 35.72197961 139.82150621 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.91</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dd65b960-7d8e-462c-b03e-c5db49fa633a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197978 139.82344056 2.00 35.72197980 139.82371689 2.00 35.72220515 139.82371686 2.00 35.72220512 139.82344053 2.00 35.72197978 139.82344056 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bcb0c58d-642b-4d51-8889-273177b5aec6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197980 139.82371689 2.00 35.72197983 139.82399323 2.00 35.72220517 139.82399320 2.00 35.72220515 139.82371686 2.00 35.72197980 139.82371689 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b7693188-107e-483e-954f-97cf5765ec42">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72197983 139.82399323 2.00 35.72197985 139.82426956 2.00 35.72220519 139.82426953 2.00 35.72220517 139.82399320 2.00 35.72197983 139.82399323 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.31</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_02594ba5-0ebd-4e94-ab96-602f6a1bb64d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175389 139.81819024 2.00 35.72175393 139.81846658 2.00 35.72197927 139.81846653 2.00 35.72197924 139.81819020 2.00 35.72175389 139.81819024 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.06</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_56890b02-c573-4c95-8755-78d640529578">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175393 139.81846658 2.00 35.72175396 139.81874291 2.00 35.72197930 139.81874287 2.00 35.72197927 139.81846653 2.00 35.72175393 139.81846658 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.43</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4a10cb87-3f31-4bc4-b94e-2950e400a690">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175396 139.81874291 2.00 35.72175400 139.81901924 2.00 35.72197934 139.81901920 2.00 35.72197930 139.81874287 2.00 35.72175396 139.81874291 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.65</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_418f6973-3c97-4bc1-9b12-fbd58d04497b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175400 139.81901924 2.00 35.72175403 139.81929558 2.00 35.72197937 139.81929554 2.00 35.72197934 139.81901920 2.00 35.72175400 139.81901924 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.90</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2068cb29-f798-4ca0-be9b-ab2e33717f32">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175403 139.81929558 2.00 35.72175406 139.81957191 2.00 35.72197940 139.81957187 2.00 35.72197937 139.81929554 2.00 35.72175403 139.81929558 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d48457e7-2304-4f70-992f-38dbf86bd1f1">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175406 139.81957191 2.00 35.72175409 139.81984825 2.00 35.72197943 139.81984821 2.00 35.72197940 139.81957187 2.00 35.72175406 139.81957191 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.98</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dd231024-1790-4813-9d34-c13b8d033a5b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175409 139.81984825 2.00 35.72175412 139.82012458 2.00 35.72197946 139.82012454 2.00 35.72197943 139.81984821 2.00 35.72175409 139.81984825 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_72150e6b-e5c2-4cc7-964b-be347c187d37">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175412 139.82012458 2.00 35.72175415 139.82040091 2.00 35.72197949 139.82040088 2.00 35.72197946 139.82012454 2.00 35.72175412 139.82012458 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.36</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_33798338-8d2e-4c79-b261-6ee736200378">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175415 139.82040091 2.00 35.72175418 139.82067725 2.00 35.72197952 139.82067721 2.00 35.72197949 139.82040088 2.00 35.72175415 139.82040091 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b724534b-6434-415a-8fdd-0419bb694770">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175418 139.82067725 2.00 35.72175421 139.82095358 2.00 35.72197955 139.82095355 2.00 35.72197952 139.82067721 2.00 35.72175418 139.82067725 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_77f1be03-6bc7-439d-80cd-94d7f28bd73d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175421 139.82095358 2.00 35.72175424 139.82122991 2.00 35.72197958 139.82122988 2.00 35.72197955 139.82095355 2.00 35.72175421 139.82095358 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.60</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_51e7ad7c-616d-4107-9f64-45ec199cd6a6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175424 139.82122991 2.00 35.72175427 139.82150625 2.00 35.72197961 139.82150621 2.00 35.72197958 139.82122988 2.00 35.72175424 139.82122991 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.77</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2e988cc0-b432-4f4f-8772-d4d918a3d59e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175442 139.82316425 2.00 35.72175444 139.82344058 2.00 35.72197978 139.82344056 2.00 35.72197976 139.82316422 2.00 35.72175442 139.82316425 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.71</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b120d644-d478-4ead-856a-8298f908c204">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175444 139.82344058 2.00 35.72175446 139.82371692 2.00 35.72197980 139.82371689 2.00 35.72197978 139.82344056 2.00 35.72175444 139.82344058 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.48</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_326dad8d-a115-4c77-b463-e6716ac8eeaf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175446 139.82371692 2.00 35.72175448 139.82399325 2.00 35.72197983 139.82399323 2.00 35.72197980 139.82371689 2.00 35.72175446 139.82371692 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.49</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e8a9b6e6-6ab8-457c-b679-96411e9c1472">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72175448 139.82399325 2.00 35.72175451 139.82426959 2.00 35.72197985 139.82426956 2.00 35.72197983 139.82399323 2.00 35.72175448 139.82399325 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.43</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8d26a881-9ae7-48a4-af6f-c49a01dfa7bf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152855 139.81819029 2.00 35.72152859 139.81846662 2.00 35.72175393 139.81846658 2.00 35.72175389 139.81819024 2.00 35.72152855 139.81819029 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_86419782-68e9-403d-9e25-2d6ee416fded">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152859 139.81846662 2.00 35.72152862 139.81874295 2.00 35.72175396 139.81874291 2.00 35.72175393 139.81846658 2.00 35.72152859 139.81846662 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.52</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1959bbd8-848f-4887-bde4-b5488a8e6c34">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152862 139.81874295 2.00 35.72152865 139.81901928 2.00 35.72175400 139.81901924 2.00 35.72175396 139.81874291 2.00 35.72152862 139.81874295 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.65</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0030cde3-c6eb-4568-8c3a-e5bf60a78397">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152865 139.81901928 2.00 35.72152869 139.81929562 2.00 35.72175403 139.81929558 2.00 35.72175400 139.81901924 2.00 35.72152865 139.81901928 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.82</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7321ee8f-11ad-4feb-90b4-f73df7138ae7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152869 139.81929562 2.00 35.72152872 139.81957195 2.00 35.72175406 139.81957191 2.00 35.72175403 139.81929558 2.00 35.72152869 139.81929562 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.89</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cc175c84-767d-4e66-8b9c-4b3a6762fa80">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152872 139.81957195 2.00 35.72152875 139.81984828 2.00 35.72175409 139.81984825 2.00 35.72175406 139.81957191 2.00 35.72152872 139.81957195 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.85</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ece9639f-638e-468f-b33e-dfc3a489b8d9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152875 139.81984828 2.00 35.72152878 139.82012462 2.00 35.72175412 139.82012458 2.00 35.72175409 139.81984825 2.00 35.72152875 139.81984828 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.97</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f32a2b73-e901-443e-957f-b5fdca35b82c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152878 139.82012462 2.00 35.72152881 139.82040095 2.00 35.72175415 139.82040091 2.00 35.72175412 139.82012458 2.00 35.72152878 139.82012462 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.24</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a4f138fb-319f-41e4-b796-05708bf066d0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152881 139.82040095 2.00 35.72152884 139.82067728 2.00 35.72175418 139.82067725 2.00 35.72175415 139.82040091 2.00 35.72152881 139.82040095 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e9a33cc8-f56a-435c-bcd1-d1346c18c1d4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152884 139.82067728 2.00 35.72152887 139.82095362 2.00 35.72175421 139.82095358 2.00 35.72175418 139.82067725 2.00 35.72152884 139.82067728 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.36</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ca352611-cc4f-40b7-99d1-2e883505727b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152887 139.82095362 2.00 35.72152890 139.82122995 2.00 35.72175424 139.82122991 2.00 35.72175421 139.82095358 2.00 35.72152887 139.82095362 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e40a9044-deef-459c-a3b2-f26fa9ddef02">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152890 139.82122995 2.00 35.72152892 139.82150628 2.00 35.72175427 139.82150625 2.00 35.72175424 139.82122991 2.00 35.72152890 139.82122995 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.80</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cb65d75c-00ad-4b9d-bffb-1df23d495db6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152908 139.82316428 2.00 35.72152910 139.82344061 2.00 35.72175444 139.82344058 2.00 35.72175442 139.82316425 2.00 35.72152908 139.82316428 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_acd2a7e5-4183-4dce-b870-113726b2f025">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152910 139.82344061 2.00 35.72152912 139.82371694 2.00 35.72175446 139.82371692 2.00 35.72175444 139.82344058 2.00 35.72152910 139.82344061 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_72ff4248-84cd-4608-af3a-81b98466d606">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152912 139.82371694 2.00 35.72152914 139.82399328 2.00 35.72175448 139.82399325 2.00 35.72175446 139.82371692 2.00 35.72152912 139.82371694 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.47</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d7dd6f9e-59fb-47af-aebc-a788e26bbba9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72152914 139.82399328 2.00 35.72152916 139.82426961 2.00 35.72175451 139.82426959 2.00 35.72175448 139.82399325 2.00 35.72152914 139.82399328 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9537f65e-09fd-4f44-87c3-db87670bd460">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130321 139.81819033 2.00 35.72130325 139.81846666 2.00 35.72152859 139.81846662 2.00 35.72152855 139.81819029 2.00 35.72130321 139.81819033 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.39</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2c4ad43c-a2a2-4758-8a5a-46eb328f742c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130325 139.81846666 2.00 35.72130328 139.81874299 2.00 35.72152862 139.81874295 2.00 35.72152859 139.81846662 2.00 35.72130325 139.81846666 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2d897405-c73a-4d90-873a-722a63e1bd53">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130328 139.81874299 2.00 35.72130331 139.81901932 2.00 35.72152865 139.81901928 2.00 35.72152862 139.81874295 2.00 35.72130328 139.81874299 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.82</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_da6129ee-d43a-4831-9a85-ef8ff38d94f6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130331 139.81901932 2.00 35.72130335 139.81929566 2.00 35.72152869 139.81929562 2.00 35.72152865 139.81901928 2.00 35.72130331 139.81901932 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.86</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bb9d7598-f2af-4482-9972-58360c2da2f2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130335 139.81929566 2.00 35.72130338 139.81957199 2.00 35.72152872 139.81957195 2.00 35.72152869 139.81929562 2.00 35.72130335 139.81929566 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.83</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_14c1fa75-6bdd-47a5-b005-7a82eb6043d1">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130338 139.81957199 2.00 35.72130341 139.81984832 2.00 35.72152875 139.81984828 2.00 35.72152872 139.81957195 2.00 35.72130338 139.81957199 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.79</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_896f4c8b-f2f4-4eb9-828a-9d81143aab4d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130341 139.81984832 2.00 35.72130344 139.82012465 2.00 35.72152878 139.82012462 2.00 35.72152875 139.81984828 2.00 35.72130341 139.81984832 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.93</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a6f1972c-c759-40d2-bf9c-8d60e3cd3eee">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130344 139.82012465 2.00 35.72130347 139.82040099 2.00 35.72152881 139.82040095 2.00 35.72152878 139.82012462 2.00 35.72130344 139.82012465 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.16</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a603eb0c-7ffc-4946-8792-a643c7483ca3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130347 139.82040099 2.00 35.72130350 139.82067732 2.00 35.72152884 139.82067728 2.00 35.72152881 139.82040095 2.00 35.72130347 139.82040099 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.23</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ddd8318a-cae1-4c1c-8849-da9237c3c7b8">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130350 139.82067732 2.00 35.72130353 139.82095365 2.00 35.72152887 139.82095362 2.00 35.72152884 139.82067728 2.00 35.72130350 139.82067732 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.26</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_72340cc1-25f0-4883-9fa5-d5cd5eac6de3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130353 139.82095365 2.00 35.72130356 139.82122998 2.00 35.72152890 139.82122995 2.00 35.72152887 139.82095362 2.00 35.72130353 139.82095365 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.52</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_11c00a0a-c484-4816-a44f-4a180fb4078b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130356 139.82122998 2.00 35.72130358 139.82150631 2.00 35.72152892 139.82150628 2.00 35.72152890 139.82122995 2.00 35.72130356 139.82122998 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.86</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1d992dd7-5799-4558-9b73-1fc2053b3159">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130373 139.82316431 2.00 35.72130376 139.82344064 2.00 35.72152910 139.82344061 2.00 35.72152908 139.82316428 2.00 35.72130373 139.82316431 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.36</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2290008e-6c34-4f1f-9b19-0a57286eb8fb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130376 139.82344064 2.00 35.72130378 139.82371697 2.00 35.72152912 139.82371694 2.00 35.72152910 139.82344061 2.00 35.72130376 139.82344064 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6360ce1c-dbc8-44d6-8c77-07416f11f42b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130378 139.82371697 2.00 35.72130380 139.82399330 2.00 35.72152914 139.82399328 2.00 35.72152912 139.82371694 2.00 35.72130378 139.82371697 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b510e785-b600-4704-8c6c-86d53e96c80f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72130380 139.82399330 2.00 35.72130382 139.82426964 2.00 35.72152916 139.82426961 2.00 35.72152914 139.82399328 2.00 35.72130380 139.82399330 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.09</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8f6bd4f1-cd81-417d-aa39-8db8e174f76c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107783 139.81791404 2.00 35.72107787 139.81819037 2.00 35.72130321 139.81819033 2.00 35.72130318 139.81791400 2.00 35.72107783 139.81791404 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d7062aca-55aa-4d4e-bf23-f7eec5589645">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107787 139.81819037 2.00 35.72107790 139.81846670 2.00 35.72130325 139.81846666 2.00 35.72130321 139.81819033 2.00 35.72107787 139.81819037 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_90f6fcbf-fe50-46a2-8872-b13c26a7db0d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107790 139.81846670 2.00 35.72107794 139.81874303 2.00 35.72130328 139.81874299 2.00 35.72130325 139.81846666 2.00 35.72107790 139.81846670 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.89</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_109816c3-fcb8-4914-80d9-18982b7d1fd4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107794 139.81874303 2.00 35.72107797 139.81901936 2.00 35.72130331 139.81901932 2.00 35.72130328 139.81874299 2.00 35.72107794 139.81874303 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.02</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f66e0504-f520-4d79-946b-b7ec150d0217">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107797 139.81901936 2.00 35.72107800 139.81929570 2.00 35.72130335 139.81929566 2.00 35.72130331 139.81901932 2.00 35.72107797 139.81901936 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.98</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b9291b3c-b0bc-4e0a-96bc-698d667c8825">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107800 139.81929570 2.00 35.72107804 139.81957203 2.00 35.72130338 139.81957199 2.00 35.72130335 139.81929566 2.00 35.72107800 139.81929570 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.88</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_194ee384-7691-4a43-be47-2f17df10d035">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107804 139.81957203 2.00 35.72107807 139.81984836 2.00 35.72130341 139.81984832 2.00 35.72130338 139.81957199 2.00 35.72107804 139.81957203 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.85</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5ce2c702-9bca-476c-bd51-bc1fb7a071ab">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107807 139.81984836 2.00 35.72107810 139.82012469 2.00 35.72130344 139.82012465 2.00 35.72130341 139.81984832 2.00 35.72107807 139.81984836 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.00</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_eba57fe2-ae5c-47b1-b2aa-7d5c4f2859af">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107810 139.82012469 2.00 35.72107813 139.82040102 2.00 35.72130347 139.82040099 2.00 35.72130344 139.82012465 2.00 35.72107810 139.82012469 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.20</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b0be33f1-52bc-4824-994c-b1f7c94cf774">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107813 139.82040102 2.00 35.72107816 139.82067735 2.00 35.72130350 139.82067732 2.00 35.72130347 139.82040099 2.00 35.72107813 139.82040102 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_808840e3-b802-4af8-adae-c4eb966be98a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107816 139.82067735 2.00 35.72107819 139.82095368 2.00 35.72130353 139.82095365 2.00 35.72130350 139.82067732 2.00 35.72107816 139.82067735 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ab3c4707-28ba-4549-af14-d8a0561c794f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107819 139.82095368 2.00 35.72107821 139.82123002 2.00 35.72130356 139.82122998 2.00 35.72130353 139.82095365 2.00 35.72107819 139.82095368 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f8bc2e88-6a3c-42f5-9577-86ab8591c151">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107821 139.82123002 2.00 35.72107824 139.82150635 2.00 35.72130358 139.82150631 2.00 35.72130356 139.82122998 2.00 35.72107821 139.82123002 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.90</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_640d146e-ccbc-4981-9483-b4d377b7753f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107839 139.82316434 2.00 35.72107842 139.82344067 2.00 35.72130376 139.82344064 2.00 35.72130373 139.82316431 2.00 35.72107839 139.82316434 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.37</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cbe5595e-69f1-4c8d-afb1-de4b553ec10b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107842 139.82344067 2.00 35.72107844 139.82371700 2.00 35.72130378 139.82371697 2.00 35.72130376 139.82344064 2.00 35.72107842 139.82344067 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.49</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_88196358-174f-4e7d-80e9-263232e7cbf3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107844 139.82371700 2.00 35.72107846 139.82399333 2.00 35.72130380 139.82399330 2.00 35.72130378 139.82371697 2.00 35.72107844 139.82371700 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a3a084a7-7d4c-4533-86a1-6e7b12534ac4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72107846 139.82399333 2.00 35.72107848 139.82426966 2.00 35.72130382 139.82426964 2.00 35.72130380 139.82399330 2.00 35.72107846 139.82399333 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.97</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e6db1c03-2946-46f0-96d9-44769d4668e9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085246 139.81763775 2.00 35.72085249 139.81791408 2.00 35.72107783 139.81791404 2.00 35.72107780 139.81763771 2.00 35.72085246 139.81763775 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_10c2df8b-fce8-453a-b4a9-55fc876daf0a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085249 139.81791408 2.00 35.72085253 139.81819041 2.00 35.72107787 139.81819037 2.00 35.72107783 139.81791404 2.00 35.72085249 139.81791408 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.39</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1779fcfc-677e-4b49-a696-b09de49fecf2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085253 139.81819041 2.00 35.72085256 139.81846674 2.00 35.72107790 139.81846670 2.00 35.72107787 139.81819037 2.00 35.72085253 139.81819041 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a9650bb4-312a-465c-b20d-0f4115200cb0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085256 139.81846674 2.00 35.72085260 139.81874307 2.00 35.72107794 139.81874303 2.00 35.72107790 139.81846670 2.00 35.72085256 139.81846674 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.91</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e9557d23-37c8-44a8-b170-5c6b650812fa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085260 139.81874307 2.00 35.72085263 139.81901941 2.00 35.72107797 139.81901936 2.00 35.72107794 139.81874303 2.00 35.72085260 139.81874307 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.04</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bc26922a-7835-477b-82af-f37b60a400e6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085263 139.81901941 2.00 35.72085266 139.81929574 2.00 35.72107800 139.81929570 2.00 35.72107797 139.81901936 2.00 35.72085263 139.81901941 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.02</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_77b5b525-93b2-469c-b2a2-f0baf1369d8b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085266 139.81929574 2.00 35.72085269 139.81957207 2.00 35.72107804 139.81957203 2.00 35.72107800 139.81929570 2.00 35.72085266 139.81929574 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.95</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_367db572-ea8c-4497-8cb9-b53e9e4bc25b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085269 139.81957207 2.00 35.72085273 139.81984840 2.00 35.72107807 139.81984836 2.00 35.72107804 139.81957203 2.00 35.72085269 139.81957207 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.95</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a22e5cc2-2367-4e6b-96e2-0fa472a99cef">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085273 139.81984840 2.00 35.72085276 139.82012473 2.00 35.72107810 139.82012469 2.00 35.72107807 139.81984836 2.00 35.72085273 139.81984840 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_973f35ca-66ab-4bd7-bf1d-4da5f16d3b6e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085276 139.82012473 2.00 35.72085279 139.82040106 2.00 35.72107813 139.82040102 2.00 35.72107810 139.82012469 2.00 35.72085276 139.82012473 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_75766808-4297-4d1f-aa42-e9f3ecc4132a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085279 139.82040106 2.00 35.72085282 139.82067739 2.00 35.72107816 139.82067735 2.00 35.72107813 139.82040102 2.00 35.72085279 139.82040106 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.40</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_163587af-3e2c-4c26-a8b3-68a8a84e1602">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085282 139.82067739 2.00 35.72085284 139.82095372 2.00 35.72107819 139.82095368 2.00 35.72107816 139.82067735 2.00 35.72085282 139.82067739 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.40</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_26d5a922-06b2-4504-af89-b6600ca10288">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085284 139.82095372 2.00 35.72085287 139.82123005 2.00 35.72107821 139.82123002 2.00 35.72107819 139.82095368 2.00 35.72085284 139.82095372 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2194312e-2dc9-4da7-a95d-db658c9c0ab5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085287 139.82123005 2.00 35.72085290 139.82150638 2.00 35.72107824 139.82150635 2.00 35.72107821 139.82123002 2.00 35.72085287 139.82123005 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.95</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">20</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5b6ad3d2-aa34-4a70-9138-8db7a7a82afe">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085305 139.82316436 2.00 35.72085307 139.82344070 2.00 35.72107842 139.82344067 2.00 35.72107839 139.82316434 2.00 35.72085305 139.82316436 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_26f71de7-a392-4e7a-ac02-a86afd279ade">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085307 139.82344070 2.00 35.72085310 139.82371703 2.00 35.72107844 139.82371700 2.00 35.72107842 139.82344067 2.00 35.72085307 139.82344070 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_552d6cea-d968-4e01-bdf4-af8aa6372ab3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085310 139.82371703 2.00 35.72085312 139.82399336 2.00 35.72107846 139.82399333 2.00 35.72107844 139.82371700 2.00 35.72085310 139.82371703 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.34</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_52d92e81-88ca-4a31-9a13-5092004abd49">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72085312 139.82399336 2.00 35.72085314 139.82426969 2.00 35.72107848 139.82426966 2.00 35.72107846 139.82399333 2.00 35.72085312 139.82399336 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.92</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_42417bff-e531-4bd9-9db8-64ea2f71c74c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062708 139.81736147 2.00 35.72062712 139.81763780 2.00 35.72085246 139.81763775 2.00 35.72085242 139.81736142 2.00 35.72062708 139.81736147 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6fc226e9-4548-4227-a39e-448680e037ae">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062712 139.81763780 2.00 35.72062715 139.81791413 2.00 35.72085249 139.81791408 2.00 35.72085246 139.81763775 2.00 35.72062712 139.81763780 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_07ce1531-e38d-4642-b6a9-402a80b1e134">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062715 139.81791413 2.00 35.72062719 139.81819046 2.00 35.72085253 139.81819041 2.00 35.72085249 139.81791408 2.00 35.72062715 139.81791413 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4cb9f247-4710-47d6-bf8c-384f7eaa34cd">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062719 139.81819046 2.00 35.72062722 139.81846679 2.00 35.72085256 139.81846674 2.00 35.72085253 139.81819041 2.00 35.72062719 139.81819046 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.70</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e3e6d20d-695f-4a4c-802e-bbe502b7870c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062722 139.81846679 2.00 35.72062726 139.81874312 2.00 35.72085260 139.81874307 2.00 35.72085256 139.81846674 2.00 35.72062722 139.81846679 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.71</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_075aa285-02ac-43e5-94d4-e284f931d828">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062726 139.81874312 2.00 35.72062729 139.81901945 2.00 35.72085263 139.81901941 2.00 35.72085260 139.81874307 2.00 35.72062726 139.81874312 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.82</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3944c024-85c0-444b-9462-337ff827d420">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062729 139.81901945 2.00 35.72062732 139.81929578 2.00 35.72085266 139.81929574 2.00 35.72085263 139.81901941 2.00 35.72062729 139.81901945 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.92</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4e7d803f-91d7-4195-a857-8e06ba3f5b4f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062732 139.81929578 2.00 35.72062735 139.81957211 2.00 35.72085269 139.81957207 2.00 35.72085266 139.81929574 2.00 35.72062732 139.81929578 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.00</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8163ff5a-ce1a-4b92-a178-206bf47db04c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062735 139.81957211 2.00 35.72062738 139.81984843 2.00 35.72085273 139.81984840 2.00 35.72085269 139.81957207 2.00 35.72062735 139.81957211 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e53b9d27-178c-4f47-8c67-118f83d5bee4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062738 139.81984843 2.00 35.72062741 139.82012476 2.00 35.72085276 139.82012473 2.00 35.72085273 139.81984840 2.00 35.72062738 139.81984843 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dbe33bfb-8ca5-435c-8158-bb315365106c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062741 139.82012476 2.00 35.72062744 139.82040109 2.00 35.72085279 139.82040106 2.00 35.72085276 139.82012473 2.00 35.72062741 139.82012476 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_60ea722d-b264-4da6-94b7-a5e7f2aae45d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062744 139.82040109 2.00 35.72062747 139.82067742 2.00 35.72085282 139.82067739 2.00 35.72085279 139.82040106 2.00 35.72062744 139.82040109 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9ade17de-12c1-4a40-9525-c487bcde446d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062747 139.82067742 2.00 35.72062750 139.82095375 2.00 35.72085284 139.82095372 2.00 35.72085282 139.82067739 2.00 35.72062747 139.82067742 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.45</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_467ee0cc-b2b3-477a-9e9f-226a82e7ac04">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062750 139.82095375 2.00 35.72062753 139.82123008 2.00 35.72085287 139.82123005 2.00 35.72085284 139.82095372 2.00 35.72062750 139.82095375 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1af0e87c-ceb2-4d9a-9d21-e194012cfa48">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062769 139.82288806 2.00 35.72062771 139.82316439 2.00 35.72085305 139.82316436 2.00 35.72085303 139.82288803 2.00 35.72062769 139.82288806 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.68</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c9c29a20-5748-4653-a7b0-2dcc7a418c93">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062771 139.82316439 2.00 35.72062773 139.82344072 2.00 35.72085307 139.82344070 2.00 35.72085305 139.82316436 2.00 35.72062771 139.82316439 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_beedb9ac-b284-4ee8-a4b7-dcd967984212">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062773 139.82344072 2.00 35.72062776 139.82371705 2.00 35.72085310 139.82371703 2.00 35.72085307 139.82344070 2.00 35.72062773 139.82344072 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.74</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9f68179a-099b-4f75-8a13-45f0f68d4d08">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062776 139.82371705 2.00 35.72062778 139.82399338 2.00 35.72085312 139.82399336 2.00 35.72085310 139.82371703 2.00 35.72062776 139.82371705 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.42</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2659f13a-e870-4708-96ba-14da5a950caf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72062778 139.82399338 2.00 35.72062780 139.82426971 2.00 35.72085314 139.82426969 2.00 35.72085312 139.82399336 2.00 35.72062778 139.82399338 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.03</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d706e14f-e096-4c7e-bf18-67eb983279d3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040174 139.81736151 2.00 35.72040177 139.81763784 2.00 35.72062712 139.81763780 2.00 35.72062708 139.81736147 2.00 35.72040174 139.81736151 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ca8e2cf7-062f-45f6-85e8-2ed0ff2eb073">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040177 139.81763784 2.00 35.72040181 139.81791417 2.00 35.72062715 139.81791413 2.00 35.72062712 139.81763780 2.00 35.72040177 139.81763784 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.36</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2b30f6a1-b9b6-4157-9197-1f4542c95064">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040181 139.81791417 2.00 35.72040185 139.81819050 2.00 35.72062719 139.81819046 2.00 35.72062715 139.81791413 2.00 35.72040181 139.81791417 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.50</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ac4232a0-cc00-46c5-9d91-0744c945ee77">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040185 139.81819050 2.00 35.72040188 139.81846683 2.00 35.72062722 139.81846679 2.00 35.72062719 139.81819046 2.00 35.72040185 139.81819050 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.52</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f406fc79-6145-4ff5-8854-46304109eb08">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040188 139.81846683 2.00 35.72040191 139.81874316 2.00 35.72062726 139.81874312 2.00 35.72062722 139.81846679 2.00 35.72040188 139.81846683 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.40</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_61d0a45e-3fc4-4775-ba56-c21f1842b8f2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040191 139.81874316 2.00 35.72040195 139.81901949 2.00 35.72062729 139.81901945 2.00 35.72062726 139.81874312 2.00 35.72040191 139.81874316 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.49</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d46404e3-4d09-4d1b-8849-45dc4952a903">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040195 139.81901949 2.00 35.72040198 139.81929581 2.00 35.72062732 139.81929578 2.00 35.72062729 139.81901945 2.00 35.72040195 139.81901949 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.73</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_84aed79c-b320-4ba1-bfd6-5401c864f981">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040198 139.81929581 2.00 35.72040201 139.81957214 2.00 35.72062735 139.81957211 2.00 35.72062732 139.81929578 2.00 35.72040198 139.81929581 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2a79d560-33f9-4e58-b4b7-20801ae75c52">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040201 139.81957214 2.00 35.72040204 139.81984847 2.00 35.72062738 139.81984843 2.00 35.72062735 139.81957211 2.00 35.72040201 139.81957214 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_808b9209-6ff3-4927-b18e-237729b923e6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040204 139.81984847 2.00 35.72040207 139.82012480 2.00 35.72062741 139.82012476 2.00 35.72062738 139.81984843 2.00 35.72040204 139.81984847 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.42</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_45236f02-87a1-4c94-901b-7092b815ba6b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040207 139.82012480 2.00 35.72040210 139.82040113 2.00 35.72062744 139.82040109 2.00 35.72062741 139.82012476 2.00 35.72040207 139.82012480 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.55</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d201f666-200e-43b8-b33a-2b37dafbdd5c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040210 139.82040113 2.00 35.72040213 139.82067746 2.00 35.72062747 139.82067742 2.00 35.72062744 139.82040109 2.00 35.72040210 139.82040113 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bc2d12f4-8bfe-453e-a80a-530da880a7cd">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040213 139.82067746 2.00 35.72040216 139.82095379 2.00 35.72062750 139.82095375 2.00 35.72062747 139.82067742 2.00 35.72040213 139.82067746 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.49</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1d8e8faa-581a-4bd8-9261-91d16016c742">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040216 139.82095379 2.00 35.72040219 139.82123012 2.00 35.72062753 139.82123008 2.00 35.72062750 139.82095375 2.00 35.72040216 139.82095379 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.43</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3258ee98-806f-430c-afff-bef0fc34e5c4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040234 139.82288809 2.00 35.72040237 139.82316442 2.00 35.72062771 139.82316439 2.00 35.72062769 139.82288806 2.00 35.72040234 139.82288809 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.41</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5f11de8a-ee92-4011-ac54-31ff64890c52">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040237 139.82316442 2.00 35.72040239 139.82344075 2.00 35.72062773 139.82344072 2.00 35.72062771 139.82316439 2.00 35.72040237 139.82316442 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_937592f6-52ff-4836-8fe0-5efb9d1fb150">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040239 139.82344075 2.00 35.72040241 139.82371708 2.00 35.72062776 139.82371705 2.00 35.72062773 139.82344072 2.00 35.72040239 139.82344075 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.65</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7fd1ab3c-aae2-49e1-98e4-f92b45479e61">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040241 139.82371708 2.00 35.72040244 139.82399341 2.00 35.72062778 139.82399338 2.00 35.72062776 139.82371705 2.00 35.72040241 139.82371708 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c197eb0e-1636-4863-a332-c9035080cee7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72040244 139.82399341 2.00 35.72040246 139.82426974 2.00 35.72062780 139.82426971 2.00 35.72062778 139.82399338 2.00 35.72040244 139.82399341 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.23</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7e67c931-b53d-437b-9a93-b0cd03144d2f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017640 139.81736156 2.00 35.72017643 139.81763788 2.00 35.72040177 139.81763784 2.00 35.72040174 139.81736151 2.00 35.72017640 139.81736156 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0ca88046-1ea0-4779-bd76-27588ff40d96">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017643 139.81763788 2.00 35.72017647 139.81791421 2.00 35.72040181 139.81791417 2.00 35.72040177 139.81763784 2.00 35.72017643 139.81763788 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d78d7f8c-0543-458a-8afa-eb6630cc7d15">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017647 139.81791421 2.00 35.72017650 139.81819054 2.00 35.72040185 139.81819050 2.00 35.72040181 139.81791417 2.00 35.72017647 139.81791421 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.37</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_40c34f46-79aa-403c-bb54-5d1069c3ed12">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017650 139.81819054 2.00 35.72017654 139.81846687 2.00 35.72040188 139.81846683 2.00 35.72040185 139.81819050 2.00 35.72017650 139.81819054 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_15ce0aeb-bc9f-4bb4-8948-5b034d1a824a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017654 139.81846687 2.00 35.72017657 139.81874320 2.00 35.72040191 139.81874316 2.00 35.72040188 139.81846683 2.00 35.72017654 139.81846687 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.26</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_db20a464-e929-4d77-a116-8e22c5465666">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017657 139.81874320 2.00 35.72017661 139.81901953 2.00 35.72040195 139.81901949 2.00 35.72040191 139.81874316 2.00 35.72017657 139.81874320 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1559e347-787f-4481-bf37-e62792d585d6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017661 139.81901953 2.00 35.72017664 139.81929585 2.00 35.72040198 139.81929581 2.00 35.72040195 139.81901949 2.00 35.72017661 139.81901953 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.63</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_03bc8730-5aaf-4c61-b483-915bf8b7afdb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017664 139.81929585 2.00 35.72017667 139.81957218 2.00 35.72040201 139.81957214 2.00 35.72040198 139.81929581 2.00 35.72017664 139.81929585 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.98</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7a0da82a-912b-4fb9-85ab-d76e2857de71">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017667 139.81957218 2.00 35.72017670 139.81984851 2.00 35.72040204 139.81984847 2.00 35.72040201 139.81957214 2.00 35.72017667 139.81957218 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_07d5c6be-6d20-4b19-b4c1-52e8fcf4ed36">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017670 139.81984851 2.00 35.72017673 139.82012484 2.00 35.72040207 139.82012480 2.00 35.72040204 139.81984847 2.00 35.72017670 139.81984851 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.47</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_631ccfba-5d8f-48f7-b1c6-198eabdb8e08">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017673 139.82012484 2.00 35.72017676 139.82040117 2.00 35.72040210 139.82040113 2.00 35.72040207 139.82012480 2.00 35.72017673 139.82012484 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.58</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f920edbf-e01b-4dbe-a97e-96c562ab2eed">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017676 139.82040117 2.00 35.72017679 139.82067750 2.00 35.72040213 139.82067746 2.00 35.72040210 139.82040113 2.00 35.72017676 139.82040117 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.60</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c1d73a8d-6f06-45f8-9816-f29c2baf6d22">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017679 139.82067750 2.00 35.72017682 139.82095382 2.00 35.72040216 139.82095379 2.00 35.72040213 139.82067746 2.00 35.72017679 139.82067750 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.60</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a72a2390-446d-4af4-99f4-225cbc9d76b9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017682 139.82095382 2.00 35.72017685 139.82123015 2.00 35.72040219 139.82123012 2.00 35.72040216 139.82095379 2.00 35.72017682 139.82095382 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_36e48e8e-c945-44ed-ad7f-844eb320e667">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017700 139.82288812 2.00 35.72017703 139.82316445 2.00 35.72040237 139.82316442 2.00 35.72040234 139.82288809 2.00 35.72017700 139.82288812 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.17</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5a00c151-b9c8-4912-acbc-233c065a1a32">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017703 139.82316445 2.00 35.72017705 139.82344078 2.00 35.72040239 139.82344075 2.00 35.72040237 139.82316442 2.00 35.72017703 139.82316445 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_248c7b95-a3a2-46a6-b2af-3bf17a4d43be">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017705 139.82344078 2.00 35.72017707 139.82371711 2.00 35.72040241 139.82371708 2.00 35.72040239 139.82344075 2.00 35.72017705 139.82344078 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a3acb50b-183c-4325-883f-b92189b1e163">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017707 139.82371711 2.00 35.72017709 139.82399344 2.00 35.72040244 139.82399341 2.00 35.72040241 139.82371708 2.00 35.72017707 139.82371711 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.39</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e2847c3d-c2d6-4a6e-9112-aa7a80d978bd">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.72017709 139.82399344 2.00 35.72017712 139.82426976 2.00 35.72040246 139.82426974 2.00 35.72040244 139.82399341 2.00 35.72017709 139.82399344 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_fecaa52b-d281-4c89-8d06-81c7f89c1eed">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995109 139.81763793 2.00 35.71995113 139.81791426 2.00 35.72017647 139.81791421 2.00 35.72017643 139.81763788 2.00 35.71995109 139.81763793 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.09</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9a9dc67e-b7cf-4280-98ee-e9145ec0e148">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995113 139.81791426 2.00 35.71995116 139.81819058 2.00 35.72017650 139.81819054 2.00 35.72017647 139.81791421 2.00 35.71995113 139.81791426 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9f677fc1-ce8e-464d-96c5-ce0bf3839ef5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995116 139.81819058 2.00 35.71995120 139.81846691 2.00 35.72017654 139.81846687 2.00 35.72017650 139.81819054 2.00 35.71995116 139.81819058 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bf86c669-b13b-49bc-ad27-df22cc959a6b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995120 139.81846691 2.00 35.71995123 139.81874324 2.00 35.72017657 139.81874320 2.00 35.72017654 139.81846687 2.00 35.71995120 139.81846691 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.36</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7b4fed9a-c313-420e-9143-049a85a2f356">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995123 139.81874324 2.00 35.71995126 139.81901957 2.00 35.72017661 139.81901953 2.00 35.72017657 139.81874320 2.00 35.71995123 139.81874324 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.50</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9ac9bb80-57db-4175-8f8f-92b6ba608b55">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995126 139.81901957 2.00 35.71995130 139.81929589 2.00 35.72017664 139.81929585 2.00 35.72017661 139.81901953 2.00 35.71995126 139.81901957 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.71</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c50c06f7-06ab-4cca-8472-44878922c40f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995130 139.81929589 2.00 35.71995133 139.81957222 2.00 35.72017667 139.81957218 2.00 35.72017664 139.81929585 2.00 35.71995130 139.81929589 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.98</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_079894b8-7008-40a6-bbbb-c50366ff7ba5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995133 139.81957222 2.00 35.71995136 139.81984855 2.00 35.72017670 139.81984851 2.00 35.72017667 139.81957218 2.00 35.71995133 139.81957222 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_145fdd75-cf20-41f7-9a6b-91e2d8110cc5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995136 139.81984855 2.00 35.71995139 139.82012488 2.00 35.72017673 139.82012484 2.00 35.72017670 139.81984851 2.00 35.71995136 139.81984855 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_850d8dfc-4a8e-45cb-8c34-7b2fe09d3151">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995139 139.82012488 2.00 35.71995142 139.82040120 2.00 35.72017676 139.82040117 2.00 35.72017673 139.82012484 2.00 35.71995139 139.82012488 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.58</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_da58d382-0ab3-48b4-b663-19489002e146">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995142 139.82040120 2.00 35.71995145 139.82067753 2.00 35.72017679 139.82067750 2.00 35.72017676 139.82040117 2.00 35.71995142 139.82040120 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.62</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ac5248f6-1804-409f-8646-9a7b443645ff">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995145 139.82067753 2.00 35.71995148 139.82095386 2.00 35.72017682 139.82095382 2.00 35.72017679 139.82067750 2.00 35.71995145 139.82067753 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.68</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7ec6b42b-b2e3-43d4-9987-b590b3e23305">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995148 139.82095386 2.00 35.71995151 139.82123019 2.00 35.72017685 139.82123015 2.00 35.72017682 139.82095382 2.00 35.71995148 139.82095386 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0b3b743a-7d76-433b-b314-1b00d0f07f0e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995166 139.82288815 2.00 35.71995169 139.82316448 2.00 35.72017703 139.82316445 2.00 35.72017700 139.82288812 2.00 35.71995166 139.82288815 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.16</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9cc82cf5-6790-483c-b9a6-85f412533733">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995169 139.82316448 2.00 35.71995171 139.82344081 2.00 35.72017705 139.82344078 2.00 35.72017703 139.82316445 2.00 35.71995169 139.82316448 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_fe8e86c6-031f-4563-a1a5-f37c8e2e7a20">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995171 139.82344081 2.00 35.71995173 139.82371713 2.00 35.72017707 139.82371711 2.00 35.72017705 139.82344078 2.00 35.71995171 139.82344081 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4dd7e874-42e7-4aa8-ba20-31c9cb6672f7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995173 139.82371713 2.00 35.71995175 139.82399346 2.00 35.72017709 139.82399344 2.00 35.72017707 139.82371711 2.00 35.71995173 139.82371713 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a8e1fe27-a175-4756-8345-bf304a7b9453">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71995175 139.82399346 2.00 35.71995177 139.82426979 2.00 35.72017712 139.82426976 2.00 35.72017709 139.82399344 2.00 35.71995175 139.82399346 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ca4ade27-3e98-418b-9ad0-26f9580f6cbd">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972579 139.81791430 2.00 35.71972582 139.81819063 2.00 35.71995116 139.81819058 2.00 35.71995113 139.81791426 2.00 35.71972579 139.81791430 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.02</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ed09c85f-c40d-46e6-9209-5a30579f4a45">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972582 139.81819063 2.00 35.71972586 139.81846695 2.00 35.71995120 139.81846691 2.00 35.71995116 139.81819058 2.00 35.71972582 139.81819063 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9b39594b-3d49-4dab-bf06-11704b06a9bb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972586 139.81846695 2.00 35.71972589 139.81874328 2.00 35.71995123 139.81874324 2.00 35.71995120 139.81846691 2.00 35.71972586 139.81846695 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.48</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_64ee2f1a-524b-49ec-93ff-7877210736b5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972589 139.81874328 2.00 35.71972592 139.81901961 2.00 35.71995126 139.81901957 2.00 35.71995123 139.81874324 2.00 35.71972589 139.81874328 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.68</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8ca620c3-6574-4564-a623-333dd31837e2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972592 139.81901961 2.00 35.71972595 139.81929593 2.00 35.71995130 139.81929589 2.00 35.71995126 139.81901957 2.00 35.71972592 139.81901961 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.82</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7a779075-2687-42c6-b5c1-a4e4c64ef8e0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972595 139.81929593 2.00 35.71972599 139.81957226 2.00 35.71995133 139.81957222 2.00 35.71995130 139.81929589 2.00 35.71972595 139.81929593 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.02</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_edff77ee-2f48-464e-8ee4-5e000e9a1f98">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972599 139.81957226 2.00 35.71972602 139.81984859 2.00 35.71995136 139.81984855 2.00 35.71995133 139.81957222 2.00 35.71972599 139.81957226 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_73842c15-4cca-42e0-a4d3-bbcebadd6363">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972602 139.81984859 2.00 35.71972605 139.82012491 2.00 35.71995139 139.82012488 2.00 35.71995136 139.81984855 2.00 35.71972602 139.81984859 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.49</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_865b2926-ad73-47ff-ba61-902767a386df">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972605 139.82012491 2.00 35.71972608 139.82040124 2.00 35.71995142 139.82040120 2.00 35.71995139 139.82012488 2.00 35.71972605 139.82012491 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.58</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_05bfbd8d-e4d5-4145-9b6e-d306e4e9f49b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972608 139.82040124 2.00 35.71972611 139.82067757 2.00 35.71995145 139.82067753 2.00 35.71995142 139.82040120 2.00 35.71972608 139.82040124 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.60</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_55c08a90-d8ba-4c0f-879c-5d8ef5eb0382">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972611 139.82067757 2.00 35.71972614 139.82095389 2.00 35.71995148 139.82095386 2.00 35.71995145 139.82067753 2.00 35.71972611 139.82067757 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.67</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3ef17c07-d9a6-4e8e-a482-65d40d2b2039">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972614 139.82095389 2.00 35.71972617 139.82123022 2.00 35.71995151 139.82123019 2.00 35.71995148 139.82095386 2.00 35.71972614 139.82095389 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.75</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_36875623-17f4-4b10-8f4c-841369013dae">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972632 139.82288818 2.00 35.71972634 139.82316451 2.00 35.71995169 139.82316448 2.00 35.71995166 139.82288815 2.00 35.71972632 139.82288818 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.23</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e9042a83-6a4b-4510-b3d5-2966fdc4dd52">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972634 139.82316451 2.00 35.71972637 139.82344083 2.00 35.71995171 139.82344081 2.00 35.71995169 139.82316448 2.00 35.71972634 139.82316451 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.17</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4de833c9-93a8-409a-a2f0-8da539524ff2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972637 139.82344083 2.00 35.71972639 139.82371716 2.00 35.71995173 139.82371713 2.00 35.71995171 139.82344081 2.00 35.71972637 139.82344083 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.21</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_29ec3053-4f69-4b56-a05a-5689af0693d2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972639 139.82371716 2.00 35.71972641 139.82399349 2.00 35.71995175 139.82399346 2.00 35.71995173 139.82371713 2.00 35.71972639 139.82371716 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1fc5d41e-984b-40c2-b022-4089ebccb9d0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71972641 139.82399349 2.00 35.71972643 139.82426982 2.00 35.71995177 139.82426979 2.00 35.71995175 139.82399346 2.00 35.71972641 139.82399349 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.21</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_feed2fd0-0306-44a2-a91d-44dd24a59f1f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950048 139.81819067 2.00 35.71950051 139.81846699 2.00 35.71972586 139.81846695 2.00 35.71972582 139.81819063 2.00 35.71950048 139.81819067 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_db57a708-d16e-41ba-8021-a633b50ce355">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950051 139.81846699 2.00 35.71950055 139.81874332 2.00 35.71972589 139.81874328 2.00 35.71972586 139.81846695 2.00 35.71950051 139.81846699 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.40</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c6eb809b-0152-4a40-8c2a-e8eeb5e23a90">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950055 139.81874332 2.00 35.71950058 139.81901965 2.00 35.71972592 139.81901961 2.00 35.71972589 139.81874328 2.00 35.71950055 139.81874332 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ef33e2b9-c96b-4cdb-8a87-0de5c4868ebe">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950058 139.81901965 2.00 35.71950061 139.81929597 2.00 35.71972595 139.81929593 2.00 35.71972592 139.81901961 2.00 35.71950058 139.81901965 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ff911b03-3920-40c5-88d4-8bd4a9812e99">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950061 139.81929597 2.00 35.71950065 139.81957230 2.00 35.71972599 139.81957226 2.00 35.71972595 139.81929593 2.00 35.71950061 139.81929597 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.84</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f303d9f3-60ce-489d-a3e2-1c39c462497f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950065 139.81957230 2.00 35.71950068 139.81984862 2.00 35.71972602 139.81984859 2.00 35.71972599 139.81957226 2.00 35.71950065 139.81957230 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2299a91c-b3c4-4a36-8dad-61e427e898d3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950068 139.81984862 2.00 35.71950071 139.82012495 2.00 35.71972605 139.82012491 2.00 35.71972602 139.81984859 2.00 35.71950068 139.81984862 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.50</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1871e191-c084-4325-8604-c07c3877f7f8">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950071 139.82012495 2.00 35.71950074 139.82040128 2.00 35.71972608 139.82040124 2.00 35.71972605 139.82012491 2.00 35.71950071 139.82012495 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bd5b0bc8-9648-441b-8aa4-670271bcaefb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950074 139.82040128 2.00 35.71950077 139.82067760 2.00 35.71972611 139.82067757 2.00 35.71972608 139.82040124 2.00 35.71950074 139.82040128 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.55</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1fb9fdfc-48e8-44c3-8d78-46d0c0d268f3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950077 139.82067760 2.00 35.71950080 139.82095393 2.00 35.71972614 139.82095389 2.00 35.71972611 139.82067757 2.00 35.71950077 139.82067760 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.61</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_41fcf708-bfc0-4e36-86f9-fe7902a4f7b5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950080 139.82095393 2.00 35.71950082 139.82123025 2.00 35.71972617 139.82123022 2.00 35.71972614 139.82095389 2.00 35.71950080 139.82095393 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7d4e64f8-0629-485c-94fc-dcc1e136ea14">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950098 139.82288821 2.00 35.71950100 139.82316454 2.00 35.71972634 139.82316451 2.00 35.71972632 139.82288818 2.00 35.71950098 139.82288821 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4cb30adc-5d25-4259-95f4-e385faa12dfc">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950100 139.82316454 2.00 35.71950103 139.82344086 2.00 35.71972637 139.82344083 2.00 35.71972634 139.82316451 2.00 35.71950100 139.82316454 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.24</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b2e9c9ec-66ad-4862-92ce-1594a5b5987d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950103 139.82344086 2.00 35.71950105 139.82371719 2.00 35.71972639 139.82371716 2.00 35.71972637 139.82344083 2.00 35.71950103 139.82344086 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.27</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6bce9f12-d389-4444-b07f-a3a677d8d15d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950105 139.82371719 2.00 35.71950107 139.82399351 2.00 35.71972641 139.82399349 2.00 35.71972639 139.82371716 2.00 35.71950105 139.82371719 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1ba8a033-6e59-4fdc-b063-ee2762c5d43b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71950107 139.82399351 2.00 35.71950109 139.82426984 2.00 35.71972643 139.82426982 2.00 35.71972641 139.82399349 2.00 35.71950107 139.82399351 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.26</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_646959f5-7015-46a5-86a2-623ad30bdc20">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927514 139.81819071 2.00 35.71927517 139.81846704 2.00 35.71950051 139.81846699 2.00 35.71950048 139.81819067 2.00 35.71927514 139.81819071 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bbbb7945-620d-4784-bd2b-9ae443d5e002">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927517 139.81846704 2.00 35.71927521 139.81874336 2.00 35.71950055 139.81874332 2.00 35.71950051 139.81846699 2.00 35.71927517 139.81846704 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1be01894-67b0-4b37-8196-bbacf5da98fa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927521 139.81874336 2.00 35.71927524 139.81901969 2.00 35.71950058 139.81901965 2.00 35.71950055 139.81874332 2.00 35.71927521 139.81874336 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.31</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c62157db-c94f-4d4e-b03d-fab71905c641">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927524 139.81901969 2.00 35.71927527 139.81929601 2.00 35.71950061 139.81929597 2.00 35.71950058 139.81901965 2.00 35.71927524 139.81901969 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_98140da8-a8a6-4aa9-9c1c-606ca0800c72">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927527 139.81929601 2.00 35.71927530 139.81957234 2.00 35.71950065 139.81957230 2.00 35.71950061 139.81929597 2.00 35.71927527 139.81929601 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.50</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f24ff5de-95e9-47e2-b121-8ddd1312e66a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927530 139.81957234 2.00 35.71927534 139.81984866 2.00 35.71950068 139.81984862 2.00 35.71950065 139.81957230 2.00 35.71927530 139.81957234 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.03</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d34f39c2-a5a5-4f9e-9fa6-ad925ef12a4a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927534 139.81984866 2.00 35.71927537 139.82012499 2.00 35.71950071 139.82012495 2.00 35.71950068 139.81984862 2.00 35.71927534 139.81984866 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.41</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e7c7a038-7ae6-43e6-837c-2b1cab906787">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927537 139.82012499 2.00 35.71927540 139.82040131 2.00 35.71950074 139.82040128 2.00 35.71950071 139.82012495 2.00 35.71927537 139.82012499 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.51</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6e13c2b6-1ed3-4308-a705-195c99bc02ad">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927540 139.82040131 2.00 35.71927543 139.82067764 2.00 35.71950077 139.82067760 2.00 35.71950074 139.82040128 2.00 35.71927540 139.82040131 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4a8dc358-5bcf-474d-a5e9-6b8ddb13ecfa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927543 139.82067764 2.00 35.71927545 139.82095396 2.00 35.71950080 139.82095393 2.00 35.71950077 139.82067760 2.00 35.71927543 139.82067764 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.64</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_063e5aaf-d268-4942-b1db-135c0de9ef1a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927545 139.82095396 2.00 35.71927548 139.82123029 2.00 35.71950082 139.82123025 2.00 35.71950080 139.82095393 2.00 35.71927545 139.82095396 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.75</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d084a9de-aac2-440f-834a-825831e33c02">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927564 139.82288824 2.00 35.71927566 139.82316457 2.00 35.71950100 139.82316454 2.00 35.71950098 139.82288821 2.00 35.71927564 139.82288824 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c38d214a-14e9-4c97-bdbc-1ea26261e7cd">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927566 139.82316457 2.00 35.71927568 139.82344089 2.00 35.71950103 139.82344086 2.00 35.71950100 139.82316454 2.00 35.71927566 139.82316457 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.38</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c05f2cd9-91fc-4b0f-9538-ecb4cb3a3f8e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927568 139.82344089 2.00 35.71927571 139.82371722 2.00 35.71950105 139.82371719 2.00 35.71950103 139.82344086 2.00 35.71927568 139.82344089 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.39</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e9116185-31be-4d8f-8006-3c46dd5bd47c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927571 139.82371722 2.00 35.71927573 139.82399354 2.00 35.71950107 139.82399351 2.00 35.71950105 139.82371719 2.00 35.71927571 139.82371722 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_879d405b-da5f-49a9-a8cd-2a9bb296b989">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71927573 139.82399354 2.00 35.71927575 139.82426987 2.00 35.71950109 139.82426984 2.00 35.71950107 139.82399351 2.00 35.71927573 139.82399354 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.47</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4372aec4-ae76-4417-bc3f-34096b77c845">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904976 139.81791443 2.00 35.71904980 139.81819075 2.00 35.71927514 139.81819071 2.00 35.71927510 139.81791439 2.00 35.71904976 139.81791443 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.15</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d3942be5-a9e1-4886-8d6a-7229b5c8ac73">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904980 139.81819075 2.00 35.71904983 139.81846708 2.00 35.71927517 139.81846704 2.00 35.71927514 139.81819071 2.00 35.71904980 139.81819075 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_29d2a03b-2f97-482c-a5ca-d728b1dbe905">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904983 139.81846708 2.00 35.71904986 139.81874340 2.00 35.71927521 139.81874336 2.00 35.71927517 139.81846704 2.00 35.71904983 139.81846708 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.38</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_be89a6eb-5b8e-48ff-bc98-fdc496db006b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904986 139.81874340 2.00 35.71904990 139.81901973 2.00 35.71927524 139.81901969 2.00 35.71927521 139.81874336 2.00 35.71904986 139.81874340 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e111fd73-19c7-4916-9d9e-3c2f1e32c30d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904990 139.81901973 2.00 35.71904993 139.81929605 2.00 35.71927527 139.81929601 2.00 35.71927524 139.81901969 2.00 35.71904990 139.81901973 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.14</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4a5cbc6f-e013-4d70-a30e-5d600ead5edf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904993 139.81929605 2.00 35.71904996 139.81957238 2.00 35.71927530 139.81957234 2.00 35.71927527 139.81929601 2.00 35.71904993 139.81929605 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.40</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6256b790-3eeb-41fc-b902-791a836843aa">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904996 139.81957238 2.00 35.71904999 139.81984870 2.00 35.71927534 139.81984866 2.00 35.71927530 139.81957234 2.00 35.71904996 139.81957238 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.93</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_615b4f23-6de4-41f0-aab8-9c12e2423b2e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71904999 139.81984870 2.00 35.71905002 139.82012503 2.00 35.71927537 139.82012499 2.00 35.71927534 139.81984866 2.00 35.71904999 139.81984870 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_fd9a971d-e259-4a49-b020-031e8e10db88">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905002 139.82012503 2.00 35.71905005 139.82040135 2.00 35.71927540 139.82040131 2.00 35.71927537 139.82012499 2.00 35.71905002 139.82012503 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1369e481-109f-49cf-95af-0533ed1c5bb6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905005 139.82040135 2.00 35.71905008 139.82067767 2.00 35.71927543 139.82067764 2.00 35.71927540 139.82040131 2.00 35.71905005 139.82040135 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.58</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_72c34d4a-97da-43b0-ac01-950f3f4491e6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905008 139.82067767 2.00 35.71905011 139.82095400 2.00 35.71927545 139.82095396 2.00 35.71927543 139.82067764 2.00 35.71905008 139.82067767 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.76</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_74d2e2fb-3801-4bf7-af12-2891af55192b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905011 139.82095400 2.00 35.71905014 139.82123032 2.00 35.71927548 139.82123029 2.00 35.71927545 139.82095396 2.00 35.71905011 139.82095400 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.85</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e9ea5531-7ed4-401e-ac39-7d941a521ff7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905030 139.82288827 2.00 35.71905032 139.82316459 2.00 35.71927566 139.82316457 2.00 35.71927564 139.82288824 2.00 35.71905030 139.82288827 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.38</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f807c5ca-fd9e-4c48-8eb5-78d300b25b08">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905032 139.82316459 2.00 35.71905034 139.82344092 2.00 35.71927568 139.82344089 2.00 35.71927566 139.82316457 2.00 35.71905032 139.82316459 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6d8b19e2-7bef-4db6-b3cf-4d77de3e63db">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905034 139.82344092 2.00 35.71905036 139.82371724 2.00 35.71927571 139.82371722 2.00 35.71927568 139.82344089 2.00 35.71905034 139.82344092 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.36</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4f491efd-67b5-45bd-9e84-a136aecb6b98">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905036 139.82371724 2.00 35.71905039 139.82399357 2.00 35.71927573 139.82399354 2.00 35.71927571 139.82371722 2.00 35.71905036 139.82371724 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_98e25c39-ab52-4bdb-becb-b9275e509017">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71905039 139.82399357 2.00 35.71905041 139.82426989 2.00 35.71927575 139.82426987 2.00 35.71927573 139.82399354 2.00 35.71905039 139.82399357 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.69</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0c4063e8-2178-42fa-91d4-29105121b9c4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882442 139.81791447 2.00 35.71882445 139.81819080 2.00 35.71904980 139.81819075 2.00 35.71904976 139.81791443 2.00 35.71882442 139.81791447 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e4c3a37d-9b77-41c6-8e3f-e05d462ee5c7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882445 139.81819080 2.00 35.71882449 139.81846712 2.00 35.71904983 139.81846708 2.00 35.71904980 139.81819075 2.00 35.71882445 139.81819080 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_86678507-c47e-4a5c-8776-8f79e16f0303">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882449 139.81846712 2.00 35.71882452 139.81874344 2.00 35.71904986 139.81874340 2.00 35.71904983 139.81846708 2.00 35.71882449 139.81846712 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bf4418d7-4669-43fa-b920-5562f71fcba4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882452 139.81874344 2.00 35.71882456 139.81901977 2.00 35.71904990 139.81901973 2.00 35.71904986 139.81874340 2.00 35.71882452 139.81874344 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.47</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_bc529dc0-4997-450b-96b5-f3cf8fd2e2cc">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882456 139.81901977 2.00 35.71882459 139.81929609 2.00 35.71904993 139.81929605 2.00 35.71904990 139.81901973 2.00 35.71882456 139.81901977 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.43</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_945fa18f-fc34-41ed-86e4-52ef1e4cbfdb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882459 139.81929609 2.00 35.71882462 139.81957242 2.00 35.71904996 139.81957238 2.00 35.71904993 139.81929605 2.00 35.71882459 139.81929609 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.60</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_422c0a98-5af4-4d2b-8470-2b715df5d732">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882462 139.81957242 2.00 35.71882465 139.81984874 2.00 35.71904999 139.81984870 2.00 35.71904996 139.81957238 2.00 35.71882462 139.81957242 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.93</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dd2c398a-aba3-44cc-9140-951fb8f87e46">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882465 139.81984874 2.00 35.71882468 139.82012506 2.00 35.71905002 139.82012503 2.00 35.71904999 139.81984870 2.00 35.71882465 139.81984874 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.20</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cfaceb14-3d99-4885-baaf-320a3d440ac2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882468 139.82012506 2.00 35.71882471 139.82040139 2.00 35.71905005 139.82040135 2.00 35.71905002 139.82012503 2.00 35.71882468 139.82012506 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.34</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_548d9197-debd-4db4-9cfb-ac8b02d3e505">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882471 139.82040139 2.00 35.71882474 139.82067771 2.00 35.71905008 139.82067767 2.00 35.71905005 139.82040135 2.00 35.71882471 139.82040139 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.49</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3f7c7b20-b903-4699-9401-c611fa92855b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882474 139.82067771 2.00 35.71882477 139.82095403 2.00 35.71905011 139.82095400 2.00 35.71905008 139.82067767 2.00 35.71882474 139.82067771 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.69</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d6d377f0-bd47-4175-8b89-4a8babd1122c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882477 139.82095403 2.00 35.71882480 139.82123036 2.00 35.71905014 139.82123032 2.00 35.71905011 139.82095400 2.00 35.71882477 139.82095403 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.84</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_20c9ae43-ba65-44ee-afbe-666901f75ce8">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882495 139.82288830 2.00 35.71882498 139.82316462 2.00 35.71905032 139.82316459 2.00 35.71905030 139.82288827 2.00 35.71882495 139.82288830 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.09</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6ad94a45-5c85-4f7a-8452-71e81268b727">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882498 139.82316462 2.00 35.71882500 139.82344095 2.00 35.71905034 139.82344092 2.00 35.71905032 139.82316459 2.00 35.71882498 139.82316462 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.99</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_03beb1ba-94fc-4ba0-8bdc-8b4d6484aa53">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882500 139.82344095 2.00 35.71882502 139.82371727 2.00 35.71905036 139.82371724 2.00 35.71905034 139.82344092 2.00 35.71882500 139.82344095 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_fb5d3b0f-4afd-4d52-b2f1-000be76d9e07">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882502 139.82371727 2.00 35.71882505 139.82399359 2.00 35.71905039 139.82399357 2.00 35.71905036 139.82371724 2.00 35.71882502 139.82371727 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.43</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2b966bc5-d453-4a91-816b-22fb85521b1f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71882505 139.82399359 2.00 35.71882507 139.82426992 2.00 35.71905041 139.82426989 2.00 35.71905039 139.82399357 2.00 35.71882505 139.82399359 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.69</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c8c63b2b-e303-445a-a87f-133424ee633e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859908 139.81791452 2.00 35.71859911 139.81819084 2.00 35.71882445 139.81819080 2.00 35.71882442 139.81791447 2.00 35.71859908 139.81791452 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_80dcbd78-ffec-42b5-9c35-a3213eb28b00">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859911 139.81819084 2.00 35.71859915 139.81846716 2.00 35.71882449 139.81846712 2.00 35.71882445 139.81819080 2.00 35.71859911 139.81819084 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f4ea9e17-5693-4ad9-b528-0efbe5d63395">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859915 139.81846716 2.00 35.71859918 139.81874349 2.00 35.71882452 139.81874344 2.00 35.71882449 139.81846712 2.00 35.71859915 139.81846716 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.70</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f8f52822-77ab-47f0-80f9-b8f801e15a8d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859918 139.81874349 2.00 35.71859921 139.81901981 2.00 35.71882456 139.81901977 2.00 35.71882452 139.81874344 2.00 35.71859918 139.81874349 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.80</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_58a1fd8d-fc2b-4689-9036-e46b79ae5959">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859921 139.81901981 2.00 35.71859925 139.81929613 2.00 35.71882459 139.81929609 2.00 35.71882456 139.81901977 2.00 35.71859921 139.81901981 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.89</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_11151d75-bfeb-494d-98af-8c1f3afe2f79">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859925 139.81929613 2.00 35.71859928 139.81957245 2.00 35.71882462 139.81957242 2.00 35.71882459 139.81929609 2.00 35.71859925 139.81929613 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.96</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f4dc573a-3eea-4d1f-9e4f-5b991dfc6845">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859928 139.81957245 2.00 35.71859931 139.81984878 2.00 35.71882465 139.81984874 2.00 35.71882462 139.81957242 2.00 35.71859928 139.81957245 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_698e9151-dcdf-470f-ae8e-9f278dc58b5e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859931 139.81984878 2.00 35.71859934 139.82012510 2.00 35.71882468 139.82012506 2.00 35.71882465 139.81984874 2.00 35.71859931 139.81984878 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.05</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_db7e7d05-0d6a-405d-86f3-08de4ce5dcc4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859934 139.82012510 2.00 35.71859937 139.82040142 2.00 35.71882471 139.82040139 2.00 35.71882468 139.82012506 2.00 35.71859934 139.82012510 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.10</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9a2f0d24-7928-421c-a7db-2f5d0b026276">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859937 139.82040142 2.00 35.71859940 139.82067775 2.00 35.71882474 139.82067771 2.00 35.71882471 139.82040139 2.00 35.71859937 139.82040142 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.21</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c6cb5694-93ab-4253-b1e5-6b90538abae4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859940 139.82067775 2.00 35.71859943 139.82095407 2.00 35.71882477 139.82095403 2.00 35.71882474 139.82067771 2.00 35.71859940 139.82067775 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.40</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e3e4aa8b-ab1a-4757-a3ec-35a07424e0cf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859943 139.82095407 2.00 35.71859946 139.82123039 2.00 35.71882480 139.82123036 2.00 35.71882477 139.82095403 2.00 35.71859943 139.82095407 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.59</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5c638272-3dce-4bc8-a76e-74989c7da4cb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859961 139.82288833 2.00 35.71859964 139.82316465 2.00 35.71882498 139.82316462 2.00 35.71882495 139.82288830 2.00 35.71859961 139.82288833 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.06</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f9542a9c-41bf-455c-a0b9-46480dd82db0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859964 139.82316465 2.00 35.71859966 139.82344097 2.00 35.71882500 139.82344095 2.00 35.71882498 139.82316462 2.00 35.71859964 139.82316465 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.78</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4d8f3643-4cc1-4361-acc1-1f0425120068">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859966 139.82344097 2.00 35.71859968 139.82371730 2.00 35.71882502 139.82371727 2.00 35.71882500 139.82344095 2.00 35.71859966 139.82344097 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.95</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_20878a62-fd46-4617-a992-3055e2ce4216">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859968 139.82371730 2.00 35.71859970 139.82399362 2.00 35.71882505 139.82399359 2.00 35.71882502 139.82371727 2.00 35.71859968 139.82371730 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.27</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_377f3c82-d1d0-4bb4-b8c5-75901f523891">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71859970 139.82399362 2.00 35.71859972 139.82426994 2.00 35.71882507 139.82426992 2.00 35.71882505 139.82399359 2.00 35.71859970 139.82399362 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a21824c0-8c02-44dc-ac7c-174de45c8dd9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837374 139.81791456 2.00 35.71837377 139.81819088 2.00 35.71859911 139.81819084 2.00 35.71859908 139.81791452 2.00 35.71837374 139.81791456 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.13</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a83d1907-6935-490c-8208-da2a4a82a3f1">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837377 139.81819088 2.00 35.71837381 139.81846720 2.00 35.71859915 139.81846716 2.00 35.71859911 139.81819084 2.00 35.71837377 139.81819088 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.50</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f360da26-261a-42e3-a635-340d450cfd1e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837381 139.81846720 2.00 35.71837384 139.81874353 2.00 35.71859918 139.81874349 2.00 35.71859915 139.81846716 2.00 35.71837381 139.81846720 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.69</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_177d8226-0399-4aa3-b681-cb0424468f61">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837384 139.81874353 2.00 35.71837387 139.81901985 2.00 35.71859921 139.81901981 2.00 35.71859918 139.81874349 2.00 35.71837384 139.81874353 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.93</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8007633b-25f9-4235-bd03-7e67c9498874">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837387 139.81901985 2.00 35.71837391 139.81929617 2.00 35.71859925 139.81929613 2.00 35.71859921 139.81901981 2.00 35.71837387 139.81901985 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.15</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_47739f5f-94d1-4680-a858-d731d74420a0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837391 139.81929617 2.00 35.71837394 139.81957249 2.00 35.71859928 139.81957245 2.00 35.71859925 139.81929613 2.00 35.71837391 139.81929617 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.24</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_67fdbf8c-1125-4af4-b14d-1399904a30c1">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837394 139.81957249 2.00 35.71837397 139.81984881 2.00 35.71859931 139.81984878 2.00 35.71859928 139.81957245 2.00 35.71837394 139.81957249 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.19</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3cd43a72-517c-4a81-a725-713c494e72cb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837397 139.81984881 2.00 35.71837400 139.82012514 2.00 35.71859934 139.82012510 2.00 35.71859931 139.81984878 2.00 35.71837397 139.81984881 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.03</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_75d163ea-7643-4d46-95a4-d127a34ba1bb">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837400 139.82012514 2.00 35.71837403 139.82040146 2.00 35.71859937 139.82040142 2.00 35.71859934 139.82012510 2.00 35.71837400 139.82012514 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.94</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_09fdab43-2b71-4a78-a19a-65499682b465">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837403 139.82040146 2.00 35.71837406 139.82067778 2.00 35.71859940 139.82067775 2.00 35.71859937 139.82040142 2.00 35.71837403 139.82040146 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cb339101-e2f1-4131-8d80-56840483a7cf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837406 139.82067778 2.00 35.71837409 139.82095410 2.00 35.71859943 139.82095407 2.00 35.71859940 139.82067775 2.00 35.71837406 139.82067778 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.19</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_17fc59c1-f72a-4faf-8744-8d08955f1389">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837409 139.82095410 2.00 35.71837412 139.82123043 2.00 35.71859946 139.82123039 2.00 35.71859943 139.82095407 2.00 35.71837409 139.82095410 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_40a66cab-b328-435d-b4f9-41d6029b429b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837427 139.82288836 2.00 35.71837429 139.82316468 2.00 35.71859964 139.82316465 2.00 35.71859961 139.82288833 2.00 35.71837427 139.82288836 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.41</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_034ee60d-9a45-479d-b8ab-3ed9b496ca62">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837429 139.82316468 2.00 35.71837432 139.82344100 2.00 35.71859966 139.82344097 2.00 35.71859964 139.82316465 2.00 35.71837429 139.82316468 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.88</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_76f7f63f-ea67-4e5d-9ff0-af539ff82d94">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837432 139.82344100 2.00 35.71837434 139.82371732 2.00 35.71859968 139.82371730 2.00 35.71859966 139.82344097 2.00 35.71837432 139.82344100 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.96</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ec3fe39f-0000-4190-9900-b2b5c8b88fba">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837434 139.82371732 2.00 35.71837436 139.82399365 2.00 35.71859970 139.82399362 2.00 35.71859968 139.82371730 2.00 35.71837434 139.82371732 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.16</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0a1a519d-9669-4876-8a34-0eeb54be4235">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71837436 139.82399365 2.00 35.71837438 139.82426997 2.00 35.71859972 139.82426994 2.00 35.71859970 139.82399362 2.00 35.71837436 139.82399365 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.34</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5cb60aad-9c74-490f-9771-d5c879982337">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814840 139.81791460 2.00 35.71814843 139.81819092 2.00 35.71837377 139.81819088 2.00 35.71837374 139.81791456 2.00 35.71814840 139.81791460 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.17</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b95e5d6c-8828-4f9f-bba3-aaf95a0a188d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814843 139.81819092 2.00 35.71814846 139.81846725 2.00 35.71837381 139.81846720 2.00 35.71837377 139.81819088 2.00 35.71814843 139.81819092 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8a640c07-e7df-4292-95ee-6f20d76f9526">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814846 139.81846725 2.00 35.71814850 139.81874357 2.00 35.71837384 139.81874353 2.00 35.71837381 139.81846720 2.00 35.71814846 139.81846725 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.56</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c583e441-79b9-4864-aaf9-3d3347876747">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814850 139.81874357 2.00 35.71814853 139.81901989 2.00 35.71837387 139.81901985 2.00 35.71837384 139.81874353 2.00 35.71814850 139.81874357 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.75</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d22132ea-aad7-4efb-a3ea-51b002c53829">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814853 139.81901989 2.00 35.71814856 139.81929621 2.00 35.71837391 139.81929617 2.00 35.71837387 139.81901985 2.00 35.71814853 139.81901989 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.00</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7392382e-9271-4e32-9572-96c72b811c88">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814856 139.81929621 2.00 35.71814860 139.81957253 2.00 35.71837394 139.81957249 2.00 35.71837391 139.81929617 2.00 35.71814856 139.81929621 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_75dbcfc6-fc38-4d9f-833e-6d5d5bdfc142">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814860 139.81957253 2.00 35.71814863 139.81984885 2.00 35.71837397 139.81984881 2.00 35.71837394 139.81957249 2.00 35.71814860 139.81957253 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_92a0c779-76cb-4483-84fb-44cb1b3e6ee6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814863 139.81984885 2.00 35.71814866 139.82012517 2.00 35.71837400 139.82012514 2.00 35.71837397 139.81984881 2.00 35.71814863 139.81984885 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_400df7c7-bc5c-43eb-8804-e1947ffdee29">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814866 139.82012517 2.00 35.71814869 139.82040150 2.00 35.71837403 139.82040146 2.00 35.71837400 139.82012514 2.00 35.71814866 139.82012517 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.95</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8273fdf8-6d54-43e4-9999-db99e3b3be28">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814869 139.82040150 2.00 35.71814872 139.82067782 2.00 35.71837406 139.82067778 2.00 35.71837403 139.82040146 2.00 35.71814869 139.82040150 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.00</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_73e53a92-2c6b-4715-a0e3-7fd9db9d8a28">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814872 139.82067782 2.00 35.71814875 139.82095414 2.00 35.71837409 139.82095410 2.00 35.71837406 139.82067778 2.00 35.71814872 139.82067782 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.18</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e5533668-d6d2-4230-af9a-a50c37222f7e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814875 139.82095414 2.00 35.71814877 139.82123046 2.00 35.71837412 139.82123043 2.00 35.71837409 139.82095410 2.00 35.71814875 139.82095414 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_da0493d9-08d3-4206-bca9-d34c452f716a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814877 139.82123046 2.00 35.71814880 139.82150678 2.00 35.71837414 139.82150675 2.00 35.71837412 139.82123043 2.00 35.71814877 139.82123046 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.70</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b903ef05-4ba0-427d-b082-b9b280511b04">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814895 139.82316471 2.00 35.71814898 139.82344103 2.00 35.71837432 139.82344100 2.00 35.71837429 139.82316468 2.00 35.71814895 139.82316471 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.01</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d826e757-aa65-41f3-b4c5-d44a31ce470a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814898 139.82344103 2.00 35.71814900 139.82371735 2.00 35.71837434 139.82371732 2.00 35.71837432 139.82344100 2.00 35.71814898 139.82344103 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.96</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c7e2283e-f329-421f-94ef-2fe1f02d741e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814900 139.82371735 2.00 35.71814902 139.82399367 2.00 35.71837436 139.82399365 2.00 35.71837434 139.82371732 2.00 35.71814900 139.82371735 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.04</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_74e4778a-c50c-4b54-987a-9110cf629f84">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71814902 139.82399367 2.00 35.71814904 139.82426999 2.00 35.71837438 139.82426997 2.00 35.71837436 139.82399365 2.00 35.71814902 139.82399367 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.08</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_26576615-f25b-49f2-8047-fa2bdc4dca28">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792305 139.81791465 2.00 35.71792309 139.81819097 2.00 35.71814843 139.81819092 2.00 35.71814840 139.81791460 2.00 35.71792305 139.81791465 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.27</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3bd33ad4-875a-412e-8007-bd37246989c0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792309 139.81819097 2.00 35.71792312 139.81846729 2.00 35.71814846 139.81846725 2.00 35.71814843 139.81819092 2.00 35.71792309 139.81819097 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.41</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a64f8fd3-7731-4b94-b225-d689f1b887dd">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792312 139.81846729 2.00 35.71792316 139.81874361 2.00 35.71814850 139.81874357 2.00 35.71814846 139.81846725 2.00 35.71792312 139.81846729 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a225ea62-cead-4aed-bb58-cdb2117fe988">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792316 139.81874361 2.00 35.71792319 139.81901993 2.00 35.71814853 139.81901989 2.00 35.71814850 139.81874357 2.00 35.71792316 139.81874361 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.42</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">4</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8f9d8204-f45c-4d3a-95ad-f03ad01779d4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792319 139.81901993 2.00 35.71792322 139.81929625 2.00 35.71814856 139.81929621 2.00 35.71814853 139.81901989 2.00 35.71792319 139.81901993 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.69</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_785190dc-ee92-4540-883c-b37eea48ecd8">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792322 139.81929625 2.00 35.71792325 139.81957257 2.00 35.71814860 139.81957253 2.00 35.71814856 139.81929621 2.00 35.71792322 139.81929625 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.07</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_de67ed62-a7e3-4296-8d9c-e03d35641467">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792325 139.81957257 2.00 35.71792329 139.81984889 2.00 35.71814863 139.81984885 2.00 35.71814860 139.81957253 2.00 35.71792325 139.81957257 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_eda7cd55-a199-4f50-8b5a-47629f16b262">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792329 139.81984889 2.00 35.71792332 139.82012521 2.00 35.71814866 139.82012517 2.00 35.71814863 139.81984885 2.00 35.71792329 139.81984889 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b6d2cdac-3aa0-4834-873b-0a1d7ab80536">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792332 139.82012521 2.00 35.71792335 139.82040153 2.00 35.71814869 139.82040150 2.00 35.71814866 139.82012517 2.00 35.71792332 139.82012521 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.06</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_eb4771b3-02d4-4680-b2f2-1a4f7c0efd91">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792335 139.82040153 2.00 35.71792338 139.82067785 2.00 35.71814872 139.82067782 2.00 35.71814869 139.82040150 2.00 35.71792335 139.82040153 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.09</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d82d58fa-0e00-4d65-a8f2-08d25a153238">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792338 139.82067785 2.00 35.71792340 139.82095417 2.00 35.71814875 139.82095414 2.00 35.71814872 139.82067782 2.00 35.71792338 139.82067785 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d7f38a72-b421-410c-9514-d5d723a9ac5d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792340 139.82095417 2.00 35.71792343 139.82123049 2.00 35.71814877 139.82123046 2.00 35.71814875 139.82095414 2.00 35.71792340 139.82095417 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.41</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_db1db524-5159-4c70-9d66-d244d99cc968">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792343 139.82123049 2.00 35.71792346 139.82150681 2.00 35.71814880 139.82150678 2.00 35.71814877 139.82123046 2.00 35.71792343 139.82123049 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f187a25f-98ec-45bc-a550-81d322321d12">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792361 139.82316474 2.00 35.71792363 139.82344106 2.00 35.71814898 139.82344103 2.00 35.71814895 139.82316471 2.00 35.71792361 139.82316474 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.92</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f84500f4-2efd-423c-b5f8-7d2b2a38b693">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792363 139.82344106 2.00 35.71792366 139.82371738 2.00 35.71814900 139.82371735 2.00 35.71814898 139.82344103 2.00 35.71792363 139.82344106 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.86</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_031135cc-cf5d-413d-a123-9a2e99d95ef5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792366 139.82371738 2.00 35.71792368 139.82399370 2.00 35.71814902 139.82399367 2.00 35.71814900 139.82371735 2.00 35.71792366 139.82371738 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.96</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b2a0a83c-5d4c-42d1-8f76-fddae533c66a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71792368 139.82399370 2.00 35.71792370 139.82427002 2.00 35.71814904 139.82426999 2.00 35.71814902 139.82399367 2.00 35.71792368 139.82399370 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.98</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4d70cd39-1874-4736-9976-16324becda54">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769771 139.81791469 2.00 35.71769775 139.81819101 2.00 35.71792309 139.81819097 2.00 35.71792305 139.81791465 2.00 35.71769771 139.81791469 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a1cf146d-f23d-4b87-be82-2e9b1e0dd2ae">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769775 139.81819101 2.00 35.71769778 139.81846733 2.00 35.71792312 139.81846729 2.00 35.71792309 139.81819097 2.00 35.71769775 139.81819101 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.27</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9e7e62fd-0f41-4cd9-a21f-7e2914b5e650">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769778 139.81846733 2.00 35.71769782 139.81874365 2.00 35.71792316 139.81874361 2.00 35.71792312 139.81846729 2.00 35.71769778 139.81846733 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.21</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c1df38d9-6bdb-4f2b-9c70-a7c310dd488e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769782 139.81874365 2.00 35.71769785 139.81901997 2.00 35.71792319 139.81901993 2.00 35.71792316 139.81874361 2.00 35.71769782 139.81874365 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.23</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dc553f01-c2e0-4c03-948a-6ec8935bd77f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769785 139.81901997 2.00 35.71769788 139.81929629 2.00 35.71792322 139.81929625 2.00 35.71792319 139.81901993 2.00 35.71769785 139.81901997 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.51</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a6a54773-ca92-4cff-8e59-f6ae9f9eaa41">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769788 139.81929629 2.00 35.71769791 139.81957261 2.00 35.71792325 139.81957257 2.00 35.71792322 139.81929625 2.00 35.71769788 139.81929629 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.94</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_235ccadc-a381-4721-b485-5f73bfa6621d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769791 139.81957261 2.00 35.71769794 139.81984893 2.00 35.71792329 139.81984889 2.00 35.71792325 139.81957257 2.00 35.71769791 139.81957261 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.25</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ad82a856-9f90-455d-836a-56e30df6e405">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769794 139.81984893 2.00 35.71769797 139.82012525 2.00 35.71792332 139.82012521 2.00 35.71792329 139.81984889 2.00 35.71769794 139.81984893 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3c9d0ef2-1dd0-4dd9-bb13-8bfe14842e8c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769797 139.82012525 2.00 35.71769800 139.82040157 2.00 35.71792335 139.82040153 2.00 35.71792332 139.82012521 2.00 35.71769797 139.82012525 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.20</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cb8c4949-e498-4ecf-b1a2-47bc8592209a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769800 139.82040157 2.00 35.71769803 139.82067789 2.00 35.71792338 139.82067785 2.00 35.71792335 139.82040153 2.00 35.71769800 139.82040157 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_768acc10-e132-4c4e-af4d-0bff7e9c70c5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769803 139.82067789 2.00 35.71769806 139.82095421 2.00 35.71792340 139.82095417 2.00 35.71792338 139.82067785 2.00 35.71769803 139.82067789 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.40</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c7e17a56-aed5-476c-b66e-7fcdbbe9dfc8">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769806 139.82095421 2.00 35.71769809 139.82123053 2.00 35.71792343 139.82123049 2.00 35.71792340 139.82095417 2.00 35.71769806 139.82095421 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.58</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_67364554-22bf-49fc-ab49-3418723fd022">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769809 139.82123053 2.00 35.71769812 139.82150685 2.00 35.71792346 139.82150681 2.00 35.71792343 139.82123049 2.00 35.71769809 139.82123053 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ec2eef96-2244-4140-9f87-b59bb06c0105">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769827 139.82316477 2.00 35.71769829 139.82344109 2.00 35.71792363 139.82344106 2.00 35.71792361 139.82316474 2.00 35.71769827 139.82316477 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.82</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_793b1fbb-3687-4947-ae77-77e1439ddb22">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769829 139.82344109 2.00 35.71769832 139.82371741 2.00 35.71792366 139.82371738 2.00 35.71792363 139.82344106 2.00 35.71769829 139.82344109 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.85</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_10bdd105-43b6-448d-9df9-6ae16ddaa041">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769832 139.82371741 2.00 35.71769834 139.82399373 2.00 35.71792368 139.82399370 2.00 35.71792366 139.82371738 2.00 35.71769832 139.82371741 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.08</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_91bf4f76-950b-4ee8-b829-dfe79d1265e5">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71769834 139.82399373 2.00 35.71769836 139.82427004 2.00 35.71792370 139.82427002 2.00 35.71792368 139.82399370 2.00 35.71769834 139.82399373 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.18</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a30a4d30-516c-44e4-ae7d-dae3cfea9b0c">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747237 139.81791473 2.00 35.71747241 139.81819105 2.00 35.71769775 139.81819101 2.00 35.71769771 139.81791469 2.00 35.71747237 139.81791473 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.04</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a6fe646d-2d60-482e-b61f-103036417670">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747241 139.81819105 2.00 35.71747244 139.81846737 2.00 35.71769778 139.81846733 2.00 35.71769775 139.81819101 2.00 35.71747241 139.81819105 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.20</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_85cef068-c04e-42e4-9d7d-476dacc4f953">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747244 139.81846737 2.00 35.71747247 139.81874369 2.00 35.71769782 139.81874365 2.00 35.71769778 139.81846733 2.00 35.71747244 139.81846737 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.30</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d6e91cf8-dae4-4c6f-a1d0-2f88228e961f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747247 139.81874369 2.00 35.71747251 139.81902001 2.00 35.71769785 139.81901997 2.00 35.71769782 139.81874365 2.00 35.71747247 139.81874369 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.33</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">3</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6d620c11-e29b-4a8a-ad87-e3905f2aea58">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747251 139.81902001 2.00 35.71747254 139.81929633 2.00 35.71769788 139.81929629 2.00 35.71769785 139.81901997 2.00 35.71747251 139.81902001 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.53</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6a3364bb-8bd0-4a1b-bd98-327b1ed584cd">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747254 139.81929633 2.00 35.71747257 139.81957265 2.00 35.71769791 139.81957261 2.00 35.71769788 139.81929629 2.00 35.71747254 139.81929633 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.84</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2c387677-2f4d-4f11-961a-c99384a74760">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747257 139.81957265 2.00 35.71747260 139.81984897 2.00 35.71769794 139.81984893 2.00 35.71769791 139.81957261 2.00 35.71747257 139.81957265 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_1c36600f-6f69-4257-ae6d-1589f9f4ae54">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747260 139.81984897 2.00 35.71747263 139.82012529 2.00 35.71769797 139.82012525 2.00 35.71769794 139.81984893 2.00 35.71747260 139.81984897 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.27</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_339b2583-dca4-4707-a4e7-2397cc6e6ae3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747263 139.82012529 2.00 35.71747266 139.82040160 2.00 35.71769800 139.82040157 2.00 35.71769797 139.82012525 2.00 35.71747263 139.82012529 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0bc9a768-0907-4b12-a0e4-29957bd96c8a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747266 139.82040160 2.00 35.71747269 139.82067792 2.00 35.71769803 139.82067789 2.00 35.71769800 139.82040157 2.00 35.71747266 139.82040160 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_563f726c-4f63-4941-a48d-93e513603cac">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747269 139.82067792 2.00 35.71747272 139.82095424 2.00 35.71769806 139.82095421 2.00 35.71769803 139.82067789 2.00 35.71747269 139.82067792 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.46</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_4f2a5b9d-1f08-4f37-80e5-1f72c0a78393">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747272 139.82095424 2.00 35.71747275 139.82123056 2.00 35.71769809 139.82123053 2.00 35.71769806 139.82095421 2.00 35.71747272 139.82095424 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.66</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2b7fb14e-2ea3-472c-99ce-0ce2abe92b38">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747275 139.82123056 2.00 35.71747278 139.82150688 2.00 35.71769812 139.82150685 2.00 35.71769809 139.82123053 2.00 35.71747275 139.82123056 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.57</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9dae126a-4157-4d68-876e-99520b27bb37">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747293 139.82316479 2.00 35.71747295 139.82344111 2.00 35.71769829 139.82344109 2.00 35.71769827 139.82316477 2.00 35.71747293 139.82316479 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.08</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_46945409-7b9f-4618-865c-9fbb99199f67">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747295 139.82344111 2.00 35.71747297 139.82371743 2.00 35.71769832 139.82371741 2.00 35.71769829 139.82344109 2.00 35.71747295 139.82344111 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.99</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_784dd603-9926-451c-b71c-359013b8de3b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747297 139.82371743 2.00 35.71747300 139.82399375 2.00 35.71769834 139.82399373 2.00 35.71769832 139.82371741 2.00 35.71747297 139.82371743 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.28</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b8a0aed8-9228-45d5-b41a-bcb297405621">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71747300 139.82399375 2.00 35.71747302 139.82427007 2.00 35.71769836 139.82427004 2.00 35.71769834 139.82399373 2.00 35.71747300 139.82399375 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.38</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8f2a3e57-d8c8-4223-a88f-9547f34c0edf">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724706 139.81819110 2.00 35.71724710 139.81846741 2.00 35.71747244 139.81846737 2.00 35.71747241 139.81819105 2.00 35.71724706 139.81819110 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.22</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_167998a4-c83d-41c9-9238-cd138176f787">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724710 139.81846741 2.00 35.71724713 139.81874373 2.00 35.71747247 139.81874369 2.00 35.71747244 139.81846737 2.00 35.71724710 139.81846741 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.52</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">5</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_575aa509-08ef-4074-a0cf-e84d91b5d591">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724713 139.81874373 2.00 35.71724717 139.81902005 2.00 35.71747251 139.81902001 2.00 35.71747247 139.81874369 2.00 35.71724713 139.81874373 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.58</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cc29de45-7573-4d57-8461-a10d5c7aa5ac">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724717 139.81902005 2.00 35.71724720 139.81929637 2.00 35.71747254 139.81929633 2.00 35.71747251 139.81902001 2.00 35.71724717 139.81902005 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.67</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">7</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cce2e507-7047-4398-b73b-deef6e5999da">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724720 139.81929637 2.00 35.71724723 139.81957269 2.00 35.71747257 139.81957265 2.00 35.71747254 139.81929633 2.00 35.71724720 139.81929637 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.84</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_0262ba41-d497-4a15-a443-9f45f52d858f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724723 139.81957269 2.00 35.71724726 139.81984900 2.00 35.71747260 139.81984897 2.00 35.71747257 139.81957265 2.00 35.71724723 139.81957269 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.04</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_46ff4363-6a8b-4b19-ab11-c20de5b05800">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724726 139.81984900 2.00 35.71724729 139.82012532 2.00 35.71747263 139.82012529 2.00 35.71747260 139.81984897 2.00 35.71724726 139.81984900 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.20</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_23c0c43d-f62f-445e-9206-07517b7c35d4">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724729 139.82012532 2.00 35.71724732 139.82040164 2.00 35.71747266 139.82040160 2.00 35.71747263 139.82012529 2.00 35.71724729 139.82012532 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.21</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_18a32354-3e4f-4aa0-9d04-ac901223b69d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724732 139.82040164 2.00 35.71724735 139.82067796 2.00 35.71747269 139.82067792 2.00 35.71747266 139.82040160 2.00 35.71724732 139.82040164 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.26</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3bec883e-fccc-44c2-9d74-2d44a758dd38">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724735 139.82067796 2.00 35.71724738 139.82095428 2.00 35.71747272 139.82095424 2.00 35.71747269 139.82067792 2.00 35.71724735 139.82067796 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.54</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">15</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_05c977b0-5806-40bf-ae91-98c17e8026a1">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724738 139.82095428 2.00 35.71724741 139.82123060 2.00 35.71747275 139.82123056 2.00 35.71747272 139.82095424 2.00 35.71724738 139.82095428 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.75</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5f311f3a-223f-41ce-8da1-92697491696e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724741 139.82123060 2.00 35.71724744 139.82150691 2.00 35.71747278 139.82150688 2.00 35.71747275 139.82123056 2.00 35.71724741 139.82123060 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.62</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">16</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7fc68d6f-3fec-488b-991e-df9530a32e50">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724759 139.82316482 2.00 35.71724761 139.82344114 2.00 35.71747295 139.82344111 2.00 35.71747293 139.82316479 2.00 35.71724759 139.82316482 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.44</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_43202bb2-e155-4c06-af50-7259d3e3844a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724761 139.82344114 2.00 35.71724763 139.82371746 2.00 35.71747297 139.82371743 2.00 35.71747295 139.82344111 2.00 35.71724761 139.82344114 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.07</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d59349d8-aadb-4749-894d-fce1d13b4636">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724763 139.82371746 2.00 35.71724765 139.82399378 2.00 35.71747300 139.82399375 2.00 35.71747297 139.82371743 2.00 35.71724763 139.82371746 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.32</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_81ac4634-693b-4bc4-bc77-4a816776717f">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71724765 139.82399378 2.00 35.71724768 139.82427010 2.00 35.71747302 139.82427007 2.00 35.71747300 139.82399375 2.00 35.71724765 139.82399378 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.40</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_378073f5-9456-4ec0-9eac-03d5537e8d1e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702172 139.81819114 2.00 35.71702176 139.81846746 2.00 35.71724710 139.81846741 2.00 35.71724706 139.81819110 2.00 35.71702172 139.81819114 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.18</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">2</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_82f51316-19b4-4b8b-9f32-0108ed8acd03">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702176 139.81846746 2.00 35.71702179 139.81874377 2.00 35.71724713 139.81874373 2.00 35.71724710 139.81846741 2.00 35.71702176 139.81846746 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.62</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e0683499-8ef6-405e-9629-73afdfdb7c66">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702179 139.81874377 2.00 35.71702182 139.81902009 2.00 35.71724717 139.81902005 2.00 35.71724713 139.81874373 2.00 35.71702179 139.81874377 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.76</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_22f4e06d-e90d-4489-bd8f-4d2cd7022e49">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702182 139.81902009 2.00 35.71702186 139.81929641 2.00 35.71724720 139.81929637 2.00 35.71724717 139.81902005 2.00 35.71702182 139.81902009 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.85</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2f3057f9-8859-4cc2-bb94-c0afef517f23">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702186 139.81929641 2.00 35.71702189 139.81957273 2.00 35.71724723 139.81957269 2.00 35.71724720 139.81929637 2.00 35.71702186 139.81929641 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.97</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_dfac0c7d-f451-4a71-a169-e33082ca85b0">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702189 139.81957273 2.00 35.71702192 139.81984904 2.00 35.71724726 139.81984900 2.00 35.71724723 139.81957269 2.00 35.71702189 139.81957273 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.11</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f4e51840-c1b1-4834-ab5c-510e2c2b65c2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702192 139.81984904 2.00 35.71702195 139.82012536 2.00 35.71724729 139.82012532 2.00 35.71724726 139.81984900 2.00 35.71702192 139.81984904 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.19</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d221f3d9-ef95-4866-a3a4-0aa8b3962c69">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702195 139.82012536 2.00 35.71702198 139.82040168 2.00 35.71724732 139.82040164 2.00 35.71724729 139.82012532 2.00 35.71702195 139.82012536 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.15</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d0eb183a-399a-4b40-b681-905d15f07773">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702198 139.82040168 2.00 35.71702201 139.82067799 2.00 35.71724735 139.82067796 2.00 35.71724732 139.82040164 2.00 35.71702198 139.82040168 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.29</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">13</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f262eb6d-30c5-460f-99b4-3510b9822086">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702201 139.82067799 2.00 35.71702204 139.82095431 2.00 35.71724738 139.82095428 2.00 35.71724735 139.82067796 2.00 35.71702201 139.82067799 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.72</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">17</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_c61e123d-1883-4a81-a252-cbe57164323e">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702204 139.82095431 2.00 35.71702207 139.82123063 2.00 35.71724741 139.82123060 2.00 35.71724738 139.82095428 2.00 35.71702204 139.82095431 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.96</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">20</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_02782695-c4b7-4971-8149-deebd68b03e3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702207 139.82123063 2.00 35.71702209 139.82150695 2.00 35.71724744 139.82150691 2.00 35.71724741 139.82123060 2.00 35.71702207 139.82123063 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.80</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">18</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_a64dcedb-6292-4d0b-8217-81bca124ce1b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702209 139.82150695 2.00 35.71702212 139.82178326 2.00 35.71724746 139.82178323 2.00 35.71724744 139.82150691 2.00 35.71702209 139.82150695 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.91</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_e996843b-6f2f-4639-a6ef-ae4dd97bc8c6">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702227 139.82344117 2.00 35.71702229 139.82371749 2.00 35.71724763 139.82371746 2.00 35.71724761 139.82344114 2.00 35.71702227 139.82344117 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.00</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_cec3878e-19dd-4583-a465-0457b0c64cd7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702229 139.82371749 2.00 35.71702231 139.82399380 2.00 35.71724765 139.82399378 2.00 35.71724763 139.82371746 2.00 35.71702229 139.82371749 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.24</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_5ef0220d-c2cd-4d07-8def-38ee509d15b2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71702231 139.82399380 2.00 35.71702233 139.82427012 2.00 35.71724768 139.82427010 2.00 35.71724765 139.82399378 2.00 35.71702231 139.82399380 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.38</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_30a07727-dcbb-499a-b16f-0aea6b2f2ad3">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679638 139.81819118 2.00 35.71679642 139.81846750 2.00 35.71702176 139.81846746 2.00 35.71702172 139.81819114 2.00 35.71679638 139.81819118 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">1</uro:rank>
					<uro:depth uom="m">0.08</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">1</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6b4abaca-329f-4ff6-b78c-393e38f4e345">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679642 139.81846750 2.00 35.71679645 139.81874381 2.00 35.71702179 139.81874377 2.00 35.71702176 139.81846746 2.00 35.71679642 139.81846750 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.60</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">6</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7fa368c6-d92c-4b23-a61c-481eadd33584">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679645 139.81874381 2.00 35.71679648 139.81902013 2.00 35.71702182 139.81902009 2.00 35.71702179 139.81874377 2.00 35.71679645 139.81874381 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.82</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">8</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_8227b52e-898b-47c0-9318-5ff3c320d6d2">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679648 139.81902013 2.00 35.71679651 139.81929645 2.00 35.71702186 139.81929641 2.00 35.71702182 139.81902009 2.00 35.71679648 139.81902013 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.96</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">10</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b34c7ed0-0289-42e3-adb8-4e7667218a36">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679651 139.81929645 2.00 35.71679655 139.81957276 2.00 35.71702189 139.81957273 2.00 35.71702186 139.81929641 2.00 35.71679651 139.81929645 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.09</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6b63e327-9305-4eb9-bc9e-fd1337ef0184">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679655 139.81957276 2.00 35.71679658 139.81984908 2.00 35.71702192 139.81984904 2.00 35.71702189 139.81957273 2.00 35.71679655 139.81957276 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.21</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_b4d2a6b7-30b6-43fe-9433-f446bdcd0bda">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679658 139.81984908 2.00 35.71679661 139.82012540 2.00 35.71702195 139.82012536 2.00 35.71702192 139.81984904 2.00 35.71679658 139.81984908 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.23</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2e58109c-5cc8-4a49-9a23-35c7c08516f9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679661 139.82012540 2.00 35.71679664 139.82040171 2.00 35.71702198 139.82040168 2.00 35.71702195 139.82012536 2.00 35.71679661 139.82012540 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.15</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">11</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_6cf48e1b-ded6-45cf-a432-4af0e2df2f42">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679664 139.82040171 2.00 35.71679667 139.82067803 2.00 35.71702201 139.82067799 2.00 35.71702198 139.82040168 2.00 35.71679664 139.82040171 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.35</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_d4673021-947d-4793-bca4-cff3e5f339be">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679667 139.82067803 2.00 35.71679670 139.82095435 2.00 35.71702204 139.82095431 2.00 35.71702201 139.82067799 2.00 35.71679667 139.82067803 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.89</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_f3d673a6-611b-4a9e-a236-d1a467aaf7d9">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679670 139.82095435 2.00 35.71679672 139.82123066 2.00 35.71702207 139.82123063 2.00 35.71702204 139.82095431 2.00 35.71679670 139.82095435 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">2.12</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">21</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_ce5ee80a-85e3-4dd6-8cd8-df97df7e162d">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679672 139.82123066 2.00 35.71679675 139.82150698 2.00 35.71702209 139.82150695 2.00 35.71702207 139.82123063 2.00 35.71679672 139.82123066 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.95</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">20</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_2e0cdd0a-437a-4aaf-bd46-84d433e41ae7">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679675 139.82150698 2.00 35.71679678 139.82178330 2.00 35.71702212 139.82178326 2.00 35.71702209 139.82150695 2.00 35.71679675 139.82150698 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.94</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">19</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_3c634dc5-e965-4153-a1ed-f4405456fe4a">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679693 139.82344120 2.00 35.71679695 139.82371751 2.00 35.71702229 139.82371749 2.00 35.71702227 139.82344117 2.00 35.71679693 139.82344120 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">0.92</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">9</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_9ca88aff-f865-4c6b-a8e3-eb2dbaa2ee04">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679695 139.82371751 2.00 35.71679697 139.82399383 2.00 35.71702231 139.82399380 2.00 35.71702229 139.82371749 2.00 35.71679695 139.82371751 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.17</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">12</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<wtr:WaterBody gml:id="fld_7b5482ca-8c83-4323-ac47-76e0e62b885b">
			<wtr:class codeSpace="../../../../codelists/WaterBody_class.xml">1140</wtr:class>
			<wtr:function codeSpace="../../../../codelists/WaterBody_function.xml">1</wtr:function>
			<wtr:lod1MultiSurface>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.71679697 139.82399383 2.00 35.71679699 139.82427015 2.00 35.71702233 139.82427012 2.00 35.71702231 139.82399380 2.00 35.71679697 139.82399383 2.00</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</wtr:lod1MultiSurface>
			<uro:floodingRiskAttribute>
				<uro:WaterBodyRiverFloodingRiskAttribute>
					<uro:description codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_description.xml">1</uro:description>
					<uro:rank codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_rank.xml">2</uro:rank>
					<uro:depth uom="m">1.42</uro:depth>
					<uro:adminType codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_adminType.xml">1</uro:adminType>
					<uro:scale codeSpace="../../../../codelists/WaterBodyRiverFloodingRiskAttribute_scale.xml">L1</uro:scale>
					<uro:duration uom="hour">14</uro:duration>
				</uro:WaterBodyRiverFloodingRiskAttribute>
			</uro:floodingRiskAttribute>
		</wtr:WaterBody>
	</core:cityObjectMember>
</core:CityModel>